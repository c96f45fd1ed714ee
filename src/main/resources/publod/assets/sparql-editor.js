// The SPARQL page's editor: YASGUI over the page's own endpoint, with a tab for the page's query and one for each
// example query, and results as tables. The page works without this script (a plain form and a link per example);
// with it, the form gives way to the editor. Nothing is fetched from elsewhere and nothing is kept in the browser.
(function () {
    "use strict";
    var editor = document.getElementById("editor");
    if (!editor || typeof window.Yasgui !== "function") {
        return;
    }
    var endpoint = editor.getAttribute("data-endpoint");
    var plainForm = document.getElementById("plain-form");
    var firstQuery = document.getElementById("query").value;
    // Completion of classes and properties asks a web service; prefixes come from the site itself.
    var defaults = window.Yasgui.Yasqe.defaults;
    defaults.autocompleters = defaults.autocompleters.filter(function (name) {
        return name !== "property" && name !== "class";
    });
    // Shown before it is built: the editor measures itself as it draws, and draws nothing while hidden.
    plainForm.hidden = true;
    editor.hidden = false;
    var yasgui = new window.Yasgui(editor, {
        requestConfig: { endpoint: endpoint, method: "POST" },
        copyEndpointOnNewTab: true,
        persistenceId: null,
        populateFromUrl: false,
        autofocus: false,
        endpointCatalogueOptions: { getData: function () { return []; } },
        yasqe: { prefixCcApi: editor.getAttribute("data-prefixes") }
    });
    var tabs = yasgui.persistentConfig.getTabs();
    var first = yasgui.getTab(tabs[0]);
    first.setQuery(firstQuery);
    document.querySelectorAll(".example").forEach(function (example) {
        yasgui.addTab(false, {
            name: example.getAttribute("data-name"),
            yasqe: { value: example.querySelector("pre").textContent }
        });
    });
}());

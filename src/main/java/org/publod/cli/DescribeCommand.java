package org.publod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.CloseShieldWriter;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.publod.pipeline.DatasetDescriptionFormat;
import org.publod.serve.SparqlServer;
import org.publod.store.GraphPublisher;
import org.publod.store.PublodStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod describe}: the dataset's VoID and DCAT description, recounted from the store. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Recounts the store, updates its VoID and DCAT description and prints it as Turtle.")
final class DescribeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws IOException {
        PrintWriter writer = spec.commandLine().getOut();
        try (PublodStore target = store.open();
             OutputStream out = WriterOutputStream.builder().setWriter(CloseShieldWriter.wrap(writer))
                     .setCharset(StandardCharsets.UTF_8).get()) {
            Model description = new GraphPublisher(target, description(mapping)).recount();
            RDFDataMgr.write(out, description, Lang.TURTLE);
        }
        writer.flush();
        return ExitCodes.OK;
    }

    /** The dataset description for these settings; the endpoint is where {@code serve} answers under the base. */
    static DatasetDescriptionFormat description(MappingOptions mapping) {
        return description(mapping.base);
    }

    /** The dataset description under {@code base}. */
    static DatasetDescriptionFormat description(String base) {
        return new DatasetDescriptionFormat(base, base + SparqlServer.SPARQL_PATH.substring(1));
    }
}

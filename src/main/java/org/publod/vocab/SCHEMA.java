package org.publod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** schema.org, in its {@code http://} spelling: the one its JSON-LD context and both shape sets target. */
public final class SCHEMA {
    public static final String NS = "http://schema.org/";

    public static final Resource ScholarlyArticle = Terms.resource(NS, "ScholarlyArticle");
    public static final Resource Book = Terms.resource(NS, "Book");
    public static final Resource Chapter = Terms.resource(NS, "Chapter");
    public static final Resource Person = Terms.resource(NS, "Person");
    public static final Resource Organization = Terms.resource(NS, "Organization");
    public static final Resource Event = Terms.resource(NS, "Event");
    public static final Resource Place = Terms.resource(NS, "Place");
    public static final Resource PostalAddress = Terms.resource(NS, "PostalAddress");
    public static final Resource PropertyValue = Terms.resource(NS, "PropertyValue");
    public static final Resource Periodical = Terms.resource(NS, "Periodical");
    public static final Resource PublicationVolume = Terms.resource(NS, "PublicationVolume");
    public static final Resource PublicationIssue = Terms.resource(NS, "PublicationIssue");
    public static final Resource Dataset = Terms.resource(NS, "Dataset");
    public static final Resource DataCatalog = Terms.resource(NS, "DataCatalog");
    public static final Resource WebSite = Terms.resource(NS, "WebSite");
    public static final Resource WebPage = Terms.resource(NS, "WebPage");
    public static final Property name = Terms.property(NS, "name");
    public static final Property headline = Terms.property(NS, "headline");
    public static final Property abstract_ = Terms.property(NS, "abstract");
    public static final Property inLanguage = Terms.property(NS, "inLanguage");
    public static final Property datePublished = Terms.property(NS, "datePublished");
    public static final Property pageStart = Terms.property(NS, "pageStart");
    public static final Property pageEnd = Terms.property(NS, "pageEnd");
    public static final Property pagination = Terms.property(NS, "pagination");
    public static final Property isPartOf = Terms.property(NS, "isPartOf");
    public static final Property hasPart = Terms.property(NS, "hasPart");
    public static final Property author = Terms.property(NS, "author");
    public static final Property affiliation = Terms.property(NS, "affiliation");
    public static final Property givenName = Terms.property(NS, "givenName");
    public static final Property familyName = Terms.property(NS, "familyName");
    public static final Property honorificSuffix = Terms.property(NS, "honorificSuffix");
    public static final Property numberOfPages = Terms.property(NS, "numberOfPages");
    public static final Property identifier = Terms.property(NS, "identifier");
    public static final Property propertyID = Terms.property(NS, "propertyID");
    public static final Property value = Terms.property(NS, "value");
    public static final Property url = Terms.property(NS, "url");
    public static final Property sameAs = Terms.property(NS, "sameAs");
    public static final Property alternateName = Terms.property(NS, "alternateName");
    public static final Property startDate = Terms.property(NS, "startDate");
    public static final Property endDate = Terms.property(NS, "endDate");
    public static final Property location = Terms.property(NS, "location");
    public static final Property address = Terms.property(NS, "address");
    public static final Property addressLocality = Terms.property(NS, "addressLocality");
    public static final Property addressCountry = Terms.property(NS, "addressCountry");
    public static final Property workFeatured = Terms.property(NS, "workFeatured");
    public static final Property keywords = Terms.property(NS, "keywords");
    public static final Property publisher = Terms.property(NS, "publisher");
    public static final Property issn = Terms.property(NS, "issn");
    public static final Property volumeNumber = Terms.property(NS, "volumeNumber");
    public static final Property issueNumber = Terms.property(NS, "issueNumber");

    private SCHEMA() {
    }
}

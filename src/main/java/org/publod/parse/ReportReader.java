package org.publod.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.model.Diagnostic;
import org.publod.model.SourceLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an institute report, one entry at a time. Every entry comes out either accepted or rejected;
 * lines outside any entry are reported as {@link #reportDiagnostics()}. The file is decoded strictly, so a
 * report in another encoding fails with a message instead of being silently mis-read.
 */
public final class ReportReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReportReader.class);
    private static final int UTF8_SNIFF_BYTES = 64 * 1024;

    private final String fileName;
    private final Charset charset;
    private final BufferedReader reader;
    private final MessageDigest digest;
    private final EntryParser entryParser;
    private final List<Diagnostic> reportDiagnostics = new ArrayList<>();

    private ReportReader(Path file, Charset charset, String instituteShortName) throws IOException {
        this.fileName = file.getFileName().toString();
        this.charset = charset;
        this.digest = sha256();
        InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
        this.reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        this.entryParser = new EntryParser(instituteShortName);
    }

    /**
     * Opens a report.
     *
     * @param file the report
     * @param charset its encoding
     * @param instituteShortName how the report names the publishing institute in affiliations
     */
    public static ReportReader open(Path file, Charset charset, String instituteShortName) {
        try {
            ReportReader reader = new ReportReader(file, charset, instituteShortName);
            if (!charset.equals(StandardCharsets.UTF_8) && looksLikeUtf8(file)) {
                reader.reportDiagnostics.add(Diagnostic.warning(new SourceLocation(reader.fileName, 1), "encoding",
                        "the report is valid UTF-8 with non-ASCII letters, but is read as " + charset.name()
                                + "; if names look wrong, publish it without --encoding", null));
            }
            return reader;
        } catch (NoSuchFileException e) {
            throw new PublodException(ErrorCode.INPUT, file + ": no such report file", e);
        } catch (IOException e) {
            throw new PublodException(ErrorCode.INPUT, file + ": cannot read the report (" + e.getMessage() + ")", e);
        }
    }

    /** The report's file name, as it appears in every location publod reports. */
    public String fileName() {
        return fileName;
    }

    /** The entries, read lazily as the stream is consumed. */
    public Stream<ParsedEntry> entries() {
        Iterator<RawEntry> raw = new EntrySplitter(fileName, lines(), reportDiagnostics::add);
        NameVariants variants = new NameVariants();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(raw, Spliterator.ORDERED), false)
                .map(this::parse)
                .peek(entry -> {
                    if (entry instanceof ParsedEntry.Accepted accepted) {
                        accepted.publication().authors().forEach(author -> variants
                                .check(author.name(), accepted.source()).ifPresent(reportDiagnostics::add));
                    }
                });
    }

    /**
     * Parses one entry; a fault in the parser rejects that entry with a message instead of ending the run, so
     * that one odd entry never costs the others.
     */
    private ParsedEntry parse(RawEntry entry) {
        try {
            return entryParser.parse(entry);
        } catch (RuntimeException e) {
            LOG.warn("{}: the entry could not be read", entry.source(), e);
            return new ParsedEntry.Rejected(entry.source(), entry.rawText(), List.of(Diagnostic.fault(entry.source(),
                    "publod could not read this entry (" + e + ")")));
        }
    }

    /** Problems that belong to no entry, known once the entries have been read. */
    public List<Diagnostic> reportDiagnostics() {
        return List.copyOf(reportDiagnostics);
    }

    /** The SHA-256 of the bytes read, complete once the entries have been read. */
    public String sha256Hex() {
        try {
            MessageDigest copy = (MessageDigest) digest.clone();
            return HexFormat.of().formatHex(copy.digest());
        } catch (CloneNotSupportedException e) {
            throw new PublodException(ErrorCode.INTERNAL, "SHA-256 digest cannot be copied", e);
        }
    }

    private Iterator<String> lines() {
        return new Iterator<>() {
            private String next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = readLine();
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                String line = next;
                next = null;
                return line;
            }
        };
    }

    private String readLine() {
        try {
            return reader.readLine();
        } catch (CharacterCodingException e) {
            throw new PublodException(ErrorCode.INPUT, fileName + ": is not valid " + charset.name()
                    + "; give the report's encoding with --encoding (for example windows-1250 or ISO-8859-2)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": read failed", e);
        }
    }

    /** Whether the file's start decodes as strict UTF-8 and has non-ASCII bytes, which other encodings rarely do. */
    private static boolean looksLikeUtf8(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(UTF8_SNIFF_BYTES);
        }
        // Not the end of input: a character cut by the sample's end is not an error.
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(start), CharBuffer.allocate(start.length), false);
        boolean nonAscii = false;
        for (byte b : start) {
            nonAscii |= b < 0;
        }
        return nonAscii && !result.isError();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new PublodException(ErrorCode.INTERNAL, "this Java has no SHA-256", e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": close failed", e);
        }
    }
}

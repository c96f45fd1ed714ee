package org.publod.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The jar's entry point: runs {@link PublodCommand} in a JVM whose compilers suit the job.
 *
 * <p>A short job spends most of its CPU time in the JVM's compilers: re-publishing a 100-entry report, HotSpot's
 * optimising compiler (C2) alone uses more CPU than publod does, and its code arrives too late to pay that back.
 * The JVM option {@value #QUICK_COMPILER_ONLY} keeps to the quick compiler (C1) and nearly halves such a job's
 * time, but more than doubles that of a large one, and a program cannot set it for the JVM it runs in. So when the
 * command is one that works through the reports it names and then ends ({@code publish} without {@code --serve},
 * {@code map}, {@code validate}), and the files on its command line come to at most {@value #SHORT_JOB_BYTES}
 * bytes, the launcher runs the same command line again in a JVM with that option, with the same input, output and
 * working directory, and exits with its exit code. That JVM also maps a {@link ClassDataArchive} of the classes
 * such a job loads, which the first short job writes.
 *
 * <p>It runs the command in its own JVM instead when that JVM was already given an option on its compilers, when
 * the operating system does not tell this JVM's command line, when the job cannot be started, or when the system
 * property {@value #SHORT_JOB_PROPERTY} is {@code false}.
 */
public final class Launcher {
    /** Input up to this size (about 700 generated entries) is a short job; docs/BENCHMARKS.md has the measurements. */
    static final long SHORT_JOB_BYTES = 1L << 20;
    static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";
    /** {@code -Dpublod.shortJobJvm=false} runs every command in the JVM it was started in. */
    static final String SHORT_JOB_PROPERTY = "publod.shortJobJvm";

    private static final Set<String> REPORT_COMMANDS = Set.of("publish", "map", "validate");
    /** JVM options that choose compilers: a JVM given any of them is left as the user made it. */
    private static final List<String> COMPILER_OPTIONS = List.of("TieredStopAtLevel", "TieredCompilation",
            "CompilationMode", "-Xint", "-Xcomp");
    /** JVM options on class data sharing: a JVM given any of them gets no archive of publod's. */
    private static final List<String> CLASS_DATA_OPTIONS = List.of("SharedArchiveFile", "ArchiveClassesAtExit",
            "-Xshare");
    /** The JVM options whose value is the class path. */
    private static final Set<String> CLASS_PATH_OPTIONS = Set.of("-jar", "-cp", "-classpath", "--class-path");
    /** Where the JVM also reads options from, besides its command line. */
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS");

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (Boolean.parseBoolean(System.getProperty(SHORT_JOB_PROPERTY, "true")) && isShortJob(arguments)) {
            shortJobCommand(thisJvm(), arguments, System.getenv())
                    .flatMap(job -> runShortJob(job, args.length))
                    .ifPresent(System::exit);
        }
        PublodCommand.main(args);
    }

    /**
     * Runs {@code job}, whose last {@code argumentCount} arguments are publod's, with the class-data archive when
     * it can have one; its exit code, or empty if it could not be started.
     */
    private static Optional<Integer> runShortJob(List<String> job, int argumentCount) {
        int jvmArgumentsEnd = job.size() - argumentCount;
        String classPath = System.getProperty("java.class.path");
        Optional<List<String>> archivable = withAbsoluteClassPath(job, jvmArgumentsEnd, classPath);
        Optional<ClassDataArchive> archive = archivable.flatMap(
                line -> classDataArchive(line.subList(1, jvmArgumentsEnd), classPath));
        List<String> command = archive.map(it -> withJvmOptions(archivable.get(), it.jvmOptions())).orElse(job);
        Optional<Integer> exitCode = runToEnd(command);
        archive.ifPresent(it -> it.jobEnded(exitCode.filter(code -> code < 128).isPresent()));
        return exitCode;
    }

    /**
     * The command line that runs {@code args}, a short job ({@link #isShortJob}), in a JVM of its own: {@code jvm},
     * this JVM's own command line, with {@value #QUICK_COMPILER_ONLY} after the executable. Empty when {@code jvm}
     * is unknown or does not end with {@code args}, or when the JVM was given an option on its compilers.
     */
    static Optional<List<String>> shortJobCommand(Optional<List<String>> jvm, List<String> args,
            Map<String, String> environment) {
        if (jvm.isEmpty()) {
            return Optional.empty();
        }
        List<String> line = jvm.get();
        int jvmArguments = line.size() - args.size();
        if (jvmArguments < 1 || !line.subList(jvmArguments, line.size()).equals(args)
                || mentions(line.subList(1, jvmArguments), COMPILER_OPTIONS)
                || OPTION_VARIABLES.stream().map(environment::get).anyMatch(options -> options != null
                        && mentions(List.of(options.split("\\s+")), COMPILER_OPTIONS))) {
            return Optional.empty();
        }
        return Optional.of(withJvmOptions(line, List.of(QUICK_COMPILER_ONLY)));
    }

    /** {@code command}, a JVM's command line, with {@code options} after the executable. */
    static List<String> withJvmOptions(List<String> command, List<String> options) {
        List<String> line = new ArrayList<>(command.size() + options.size());
        line.add(command.get(0));
        line.addAll(options);
        line.addAll(command.subList(1, command.size()));
        return line;
    }

    /**
     * {@code command}, a JVM's command line, with its class path, given among the JVM's arguments (before
     * {@code jvmArgumentsEnd}) as the value of {@code -jar} or {@code -cp}, made absolute: an archive records the
     * class path, and maps only where it names the same files. Empty when the class path is not given there.
     */
    static Optional<List<String>> withAbsoluteClassPath(List<String> command, int jvmArgumentsEnd,
            String classPath) {
        for (int i = 2; i < jvmArgumentsEnd; i++) {
            if (command.get(i).equals(classPath) && CLASS_PATH_OPTIONS.contains(command.get(i - 1))) {
                List<String> line = new ArrayList<>(command);
                line.set(i, Path.of(classPath).toAbsolutePath().normalize().toString());
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /**
     * The class-data archive for a job whose JVM has {@code jvmArguments}, when the JVM runs publod from one jar,
     * as {@code java -jar} does, and was given no option on class data sharing. It is kept in
     * {@code $XDG_CACHE_HOME/publod}, by default {@code ~/.cache/publod}.
     */
    private static Optional<ClassDataArchive> classDataArchive(List<String> jvmArguments, String jar) {
        Path classPath = Path.of(jar);
        if (mentions(jvmArguments, CLASS_DATA_OPTIONS) || !jar.endsWith(".jar") || !Files.isRegularFile(classPath)) {
            return Optional.empty();
        }
        Path cache = Optional.ofNullable(System.getenv("XDG_CACHE_HOME")).filter(folder -> !folder.isBlank())
                .map(Path::of).orElse(Path.of(System.getProperty("user.home"), ".cache"));
        return ClassDataArchive.of(cache.resolve("publod"), classPath, System.getProperty("java.home"),
                System.getProperty("java.vm.version"));
    }

    /** A command that works through the files it names and ends, naming at most {@value #SHORT_JOB_BYTES} bytes. */
    static boolean isShortJob(List<String> args) {
        Optional<String> command = args.stream().filter(arg -> !arg.startsWith("-")).findFirst();
        if (command.filter(REPORT_COMMANDS::contains).isEmpty()
                || args.stream().anyMatch(arg -> arg.startsWith("--serve"))) {
            return false;
        }
        long bytes = 0;
        int files = 0;
        for (String arg : args) {
            Optional<Path> file = regularFile(arg);
            if (file.isPresent()) {
                try {
                    bytes += Files.size(file.get());
                    files++;
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return files > 0 && bytes <= SHORT_JOB_BYTES;
    }

    private static Optional<Path> regularFile(String arg) {
        try {
            Path path = Path.of(arg);
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static boolean mentions(List<String> jvmArguments, List<String> options) {
        return jvmArguments.stream().anyMatch(argument -> options.stream().anyMatch(argument::contains));
    }

    /** This JVM's command line, the executable first, if the operating system tells it. */
    private static Optional<List<String>> thisJvm() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        return info.command().flatMap(executable -> info.arguments().map(arguments -> {
            List<String> line = new ArrayList<>(List.of(executable));
            line.addAll(List.of(arguments));
            return line;
        }));
    }

    /**
     * Runs {@code command} with this process's input, output and error, and returns its exit code; empty if it
     * cannot be started. Should this JVM be stopped first, the job is stopped too, and waited for, so that it
     * never holds a store after its launcher has gone.
     */
    private static Optional<Integer> runToEnd(List<String> command) {
        Process job;
        try {
            job = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        Thread stopJob = new Thread(() -> {
            job.destroy();
            job.onExit().join();
        }, "publod-stop-job");
        Runtime.getRuntime().addShutdownHook(stopJob);
        try {
            return Optional.of(job.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.destroy();
            return Optional.of(ExitCodes.INTERNAL);
        }
    }
}

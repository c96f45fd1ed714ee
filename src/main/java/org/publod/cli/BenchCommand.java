package org.publod.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code publod bench}: the developers' measurements, one subcommand each. Their methods and results are in
 * {@code docs/BENCHMARKS.md}; none of them is needed to publish.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "For developers: the benchmarks and the fuzz run (see docs/BENCHMARKS.md).",
        subcommands = {BenchReadCommand.class, BenchMapCommand.class, BenchFuzzCommand.class,
            BenchIndexCommand.class, BenchServeCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a benchmark: read, map, fuzz, index or serve");
    }

    /** The peak of the heap pools since {@link #start()}, as the JVM itself tracks it. */
    record HeapPeak(Iterable<MemoryPoolMXBean> pools) {
        static HeapPeak start() {
            var pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            return new HeapPeak(pools);
        }

        long peakMebibytes() {
            long bytes = 0;
            for (MemoryPoolMXBean pool : pools) {
                bytes += pool.getPeakUsage().getUsed();
            }
            return bytes >> 20;
        }
    }
}

package no.fagsys.sosialsak.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a run's CPU went, on this Linux machine: this JVM's threads in two groups (the job executor's,
 * {@code camundaTaskExecutor-*}, and the rest: the driver threads, the engine work they do and the JVM's own), the
 * PostgreSQL server's processes ({@code /proc/<pid>/stat} of every process named {@code postgres}), and what the
 * whole machine did ({@code /proc/stat}), so the CPU taken by anything else during the run shows too. A snapshot is
 * taken before and after a run; the difference, divided by the cases, is CPU milliseconds per case: a figure the
 * machine's noise moves far less than a rate does. A backend that exits during the run takes its CPU with it (the
 * connection pool keeps them).
 */
final class CpuMeter {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final double TICK_MS = 10.0; // USER_HZ = 100 on Linux

  record Snapshot(Map<Long, Long> jobThreadNanos, long processNanos, long postgresTicks, long machineBusyTicks,
      long machineTotalTicks) {}

  /** CPU ms per case in one run. */
  record PerCase(double job, double jvmOther, double postgres, double elsewhere, double machineBusyPercent) {}

  private CpuMeter() {}

  static Snapshot snapshot() {
    Map<Long, Long> job = new HashMap<>();
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info == null || !info.getThreadName().startsWith("camundaTaskExecutor")) {
        continue;
      }
      long nanos = THREADS.getThreadCpuTime(info.getThreadId());
      if (nanos >= 0) {
        job.put(info.getThreadId(), nanos);
      }
    }
    long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    long[] machine = machine();
    return new Snapshot(job, process, postgresTicks(), machine[0], machine[1]);
  }

  /**
   * The CPU per case between two snapshots. The JVM's "other" is the process's CPU minus the job executor's, so the
   * garbage collector and the compiler are in it; "elsewhere" is the machine's busy time that was neither this JVM
   * nor PostgreSQL (the operating system, other users of the machine).
   */
  static PerCase perCase(Snapshot a, Snapshot b, int cases) {
    // Per thread: the job executor's pool ends a thread above its core size after a minute idle, and one that ended
    // during the run did no work in it worth counting; one that started during the run counts from zero.
    double job = b.jobThreadNanos.entrySet().stream()
        .mapToLong(e -> e.getValue() - a.jobThreadNanos.getOrDefault(e.getKey(), 0L)).sum() / 1e6;
    double process = (b.processNanos - a.processNanos) / 1e6;
    double postgres = (b.postgresTicks - a.postgresTicks) * TICK_MS;
    double busy = (b.machineBusyTicks - a.machineBusyTicks) * TICK_MS;
    double total = (b.machineTotalTicks - a.machineTotalTicks) * TICK_MS;
    double elsewhere = Math.max(0, busy - process - postgres);
    return new PerCase(job / cases, (process - job) / cases, postgres / cases, elsewhere / cases,
        total > 0 ? 100 * busy / total : 0);
  }

  private static long postgresTicks() {
    long ticks = 0;
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString()
        .chars().allMatch(Character::isDigit))) {
      for (Path proc : procs) {
        try {
          String stat = Files.readString(proc.resolve("stat"));
          int open = stat.indexOf('(');
          int close = stat.lastIndexOf(')');
          if (open < 0 || close < 0 || !stat.substring(open + 1, close).equals("postgres")) {
            continue;
          }
          String[] f = stat.substring(close + 2).split(" ");
          // after "(comm) ": state=0 ... utime=11, stime=12 (fields 14 and 15 of proc(5))
          ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException gone) {
          // the process ended between the listing and the read
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return ticks;
  }

  /** {busy, total} ticks of the whole machine, from the first line of /proc/stat. */
  private static long[] machine() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle + iowait
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }
}

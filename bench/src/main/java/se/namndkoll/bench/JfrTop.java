package se.namndkoll.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording's execution samples: the hottest methods by self time and by total
 * (inclusive) time. Arguments: recording.jfr [top (30)] [prefix of the methods listed as inclusive]
 * [only samples whose stack holds a method with this prefix].
 */
public final class JfrTop {
    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String filter = args.length > 2 ? args[2] : "";
        String within = args.length > 3 ? args[3] : null;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (within != null && frames.stream().noneMatch(f -> name(f).startsWith(within))) {
                continue;
            }
            samples++;
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith(filter) && seen.add(n)) {
                    total.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.println(samples + " samples");
        print("self", self, samples, top);
        print("inclusive", total, samples, top);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("== " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(en -> System.out.printf("%5.1f%%  %s%n", 100.0 * en.getValue() / samples, en.getKey()));
    }
}

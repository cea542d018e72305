package io.dfloverlay.maintenance.churn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The churn of a scenario over {@code steps} steps: random (a total fraction of the initial nodes
 * fails, and another joins, spread evenly over the steps) or scheduled from text lines.
 *
 * @param steps  number of steps, {@code >= 1}
 * @param events the events, each with {@code step <= steps}
 */
public record ChurnPlan(int steps, List<ChurnEvent> events) {
    /**
     * Validates and copies the event list.
     *
     * @throws IllegalArgumentException if {@code steps < 1} or an event's step exceeds {@code steps}
     * @throws NullPointerException if {@code events} or one of its events is null
     */
    public ChurnPlan {
        if (steps < 1) throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        events = List.copyOf(events);
        for (ChurnEvent e : events)
            if (e.step() > steps) throw new IllegalArgumentException("event at step " + e.step() + " beyond " + steps + " steps");
    }

    /**
     * Random plan: {@code round(failFraction n)} failures and {@code round(joinFraction n)} joins,
     * spread as evenly as possible over the steps (the nodes that fail are drawn when run).
     *
     * @param n number of initial nodes, {@code >= 1}
     * @param steps number of steps, {@code >= 1}
     * @param failFraction fraction of the initial nodes that fail over the whole plan, in {@code [0, 1)}
     * @param joinFraction number of joining nodes as a fraction of {@code n}, in {@code [0, 100]}
     * @return the plan: at each step one batch of random failures and one of joins (steps with none omitted)
     * @throws IllegalArgumentException unless {@code n >= 1}, {@code steps >= 1},
     *                                  {@code 0 <= failFraction < 1}, {@code 0 <= joinFraction <= 100}
     */
    public static ChurnPlan random(int n, int steps, double failFraction, double joinFraction) {
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, got " + n);
        if (steps < 1) throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        if (!(failFraction >= 0 && failFraction < 1))
            throw new IllegalArgumentException("fail fraction must be in [0, 1), got " + failFraction);
        if (!(joinFraction >= 0 && joinFraction <= 100))
            throw new IllegalArgumentException("join fraction must be in [0, 100], got " + joinFraction);
        long fails = Math.round(failFraction * n);
        long joins = Math.round(joinFraction * n);
        List<ChurnEvent> events = new ArrayList<>();
        for (int s = 1; s <= steps; s++) {
            int f = (int) (fails * s / steps - fails * (s - 1) / steps);
            int j = (int) (joins * s / steps - joins * (s - 1) / steps);
            if (f > 0) events.add(new ChurnEvent(s, ChurnEvent.Kind.FAIL, new int[0], f));
            if (j > 0) events.add(new ChurnEvent(s, ChurnEvent.Kind.JOIN, new int[0], j));
        }
        return new ChurnPlan(steps, events);
    }

    /**
     * Parses a schedule: one event per line, {@code <step> fail|leave <id>...},
     * {@code <step> fail|leave random <count>} or {@code <step> join <count>}; blank lines and
     * {@code #} comments are ignored; {@code steps} is the largest step.
     *
     * @param lines the schedule's lines
     * @return the plan, with events in line order ({@code steps} is 1 for an empty schedule)
     * @throws IllegalArgumentException naming the line of the first malformed entry
     */
    public static ChurnPlan parse(List<String> lines) {
        List<ChurnEvent> events = new ArrayList<>();
        int steps = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            line = line.strip();
            if (line.isEmpty()) continue;
            String[] t = line.split("\\s+");
            try {
                if (t.length < 3) throw new IllegalArgumentException("expected '<step> <fail|leave|join> ...'");
                int step = Integer.parseInt(t[0]);
                ChurnEvent.Kind kind = switch (t[1].toLowerCase()) {
                    case "fail" -> ChurnEvent.Kind.FAIL;
                    case "leave" -> ChurnEvent.Kind.LEAVE;
                    case "join" -> ChurnEvent.Kind.JOIN;
                    default -> throw new IllegalArgumentException("unknown action '" + t[1] + "' (fail, leave, join)");
                };
                if (kind == ChurnEvent.Kind.JOIN || t[2].equalsIgnoreCase("random")) {
                    int at = kind == ChurnEvent.Kind.JOIN ? 2 : 3;
                    if (t.length != at + 1) throw new IllegalArgumentException("expected one count");
                    events.add(new ChurnEvent(step, kind, new int[0], Integer.parseInt(t[at])));
                } else {
                    int[] ids = Arrays.stream(t, 2, t.length).mapToInt(Integer::parseInt).toArray();
                    events.add(new ChurnEvent(step, kind, ids, ids.length));
                }
                steps = Math.max(steps, step);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("schedule line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new ChurnPlan(steps, events);
    }
}

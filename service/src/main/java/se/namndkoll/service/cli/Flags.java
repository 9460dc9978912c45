package se.namndkoll.service.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The flags of the command line, read the same way by every command: {@code --flag value} or
 * {@code --flag=value}; after a lone {@code --} every argument is a file. Problems are thrown as
 * {@link IllegalArgumentException} with the Swedish words the commands print.
 */
final class Flags {

    private Flags() {
    }

    /**
     * The arguments from {@code from} on, with {@code --flag=value} written as {@code --flag} and
     * {@code value}, so a command's parser has one case per flag.
     */
    static List<String> split(String[] args, int from) {
        List<String> out = new ArrayList<>();
        boolean files = false;
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            if (!files && arg.startsWith("--") && eq > 2) {
                out.add(arg.substring(0, eq));
                out.add(arg.substring(eq + 1));
            } else {
                files |= arg.equals("--");
                out.add(arg);
            }
        }
        return out;
    }

    /** The value after {@code flag} at {@code i}; missing when it is the end or the next flag. */
    static String value(List<String> args, int i, String flag) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(flag + " saknar värde");
        }
        return args.get(i);
    }

    /** An ISO date ({@code --as-of}). */
    static LocalDate date(String flag, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(flag + " väntar ett datum ÅÅÅÅ-MM-DD, fick \"" + value + "\"");
        }
    }

    /** {@code text} or {@code json}, in any case. */
    static String format(String flag, String value) {
        String format = value.toLowerCase(Locale.ROOT);
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException(flag + " är text eller json, inte \"" + value + "\"");
        }
        return format;
    }

    /** A whole number above zero. */
    static int positive(String flag, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(flag + " väntar ett positivt heltal, fick \"" + value + "\"");
    }
}

package se.namndkoll.service.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded mutator: from a valid input it makes a malformed or hostile one, either in the JSON tree
 * (a value of the wrong type, an impossible date, an unknown enum value, a huge number, a very long
 * or control-character string, deep nesting, a missing or unknown field, a long array) or in the
 * bytes (truncation, flipped bytes, invalid UTF-8, NUL, NaN where a number was). The same seed gives
 * the same inputs, so a failure is reproduced by its seed and index.
 */
final class Mutator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] DATES = {"2020-02-30", "2020-13-45", "2021-02-29", "0000-00-00", "2020-1-1", "20200311",
        "2020-03-11T10:00:00", "11 mars 2020", "", "9999999-01-01", "-2020-03-11", "2020-03-11\u0000"};
    private static final String[] STRINGS = {"", " ", "\u0000", "\u0001\u0002\u001b[31m", "\ud800", "\uffff", "é\u0301", "\u202e",
        "ÅÄÖåäö", "%s%n%x", "${jndi:ldap://127.0.0.1/a}", "../../etc/passwd", "<script>alert(1)</script>", "' OR '1'='1",
        "LEDAMOT ", "ledamot", "GEMENSAM_NAMND\n", "null", "true", "1e999"};
    private static final String[] NUMBERS = {"1e400", "-1e400", "99999999999999999999999999999999999999", "1E-400", "-0", "0.0000001",
        "2147483648", "-2147483649", "9223372036854775808", "1.5", "-1", "0"};

    final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    int next(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** One to three tree mutations of a copy of {@code valid}. */
    JsonNode mutateTree(JsonNode valid) {
        JsonNode copy = valid.deepCopy();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            copy = mutateOnce(copy);
        }
        return copy;
    }

    private JsonNode mutateOnce(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots, 0);
        if (slots.isEmpty()) {
            return replacement(null);
        }
        Slot slot = pick(slots);
        JsonNode current = slot.get();
        int kind = random.nextInt(10);
        switch (kind) {
            case 0 -> slot.remove();
            case 1 -> {
                if (current != null && current.isObject()) {
                    ((ObjectNode) current).put("unknown" + random.nextInt(100), 1);
                } else {
                    slot.set(replacement(current));
                }
            }
            case 2 -> {
                if (current != null && current.isArray()) {
                    ArrayNode array = (ArrayNode) current;
                    JsonNode element = array.isEmpty() ? NODES.objectNode() : array.get(0);
                    int copies = random.nextInt(4) == 0 ? 5_000 : 1 + random.nextInt(50);
                    for (int c = 0; c < copies; c++) {
                        array.add(element.deepCopy());
                    }
                } else {
                    slot.set(replacement(current));
                }
            }
            case 3 -> slot.set(deep(10 + random.nextInt(200)));
            default -> slot.set(replacement(current));
        }
        return root;
    }

    /** A value that does not belong where {@code current} was. */
    JsonNode replacement(JsonNode current) {
        return switch (random.nextInt(12)) {
            case 0 -> NODES.textNode(pick(DATES));
            case 1 -> NODES.textNode(pick(STRINGS));
            case 2 -> NODES.numberNode(new BigDecimal(pick(NUMBERS).replace("1e400", "1e300").replace("1E-400", "1e-300")));
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> NODES.arrayNode().add(current == null ? NODES.nullNode() : current.deepCopy());
            case 6 -> NODES.objectNode().set("value", current == null ? NODES.nullNode() : current.deepCopy());
            case 7 -> NODES.textNode("X".repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 300_000 : 3_000)));
            case 8 -> NODES.textNode(current != null && current.isTextual() ? current.asText().toLowerCase() + "_OKÄND" : "OKÄND_VÄRDE");
            case 9 -> NODES.numberNode(random.nextInt(2) == 0 ? Integer.MIN_VALUE : Long.MAX_VALUE);
            case 10 -> NODES.textNode(controlCharacters(1 + random.nextInt(40)));
            default -> NODES.numberNode(random.nextDouble() * 1e6 - 5e5);
        };
    }

    private String controlCharacters(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) random.nextInt(0x20));
        }
        return sb.toString();
    }

    private static JsonNode deep(int depth) {
        JsonNode node = NODES.arrayNode();
        for (int i = 0; i < depth; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    /** Byte-level damage of a serialised input. */
    byte[] mutateBytes(byte[] valid) {
        byte[] b = valid.clone();
        return switch (random.nextInt(9)) {
            case 0 -> java.util.Arrays.copyOf(b, b.length == 0 ? 0 : random.nextInt(b.length)); // truncated
            case 1 -> {
                for (int i = 0; i < 1 + random.nextInt(8) && b.length > 0; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                yield b;
            }
            case 2 -> insert(b, new byte[] {(byte) 0xC3, 0x28}); // invalid UTF-8
            case 3 -> insert(b, new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80}); // more invalid UTF-8, a surrogate
            case 4 -> insert(b, new byte[] {0});
            case 5 -> replaceFirstNumber(b, random.nextBoolean() ? "NaN" : random.nextBoolean() ? "Infinity" : "-1e999999999");
            case 6 -> insert(b, "{\"a\":".repeat(1 + random.nextInt(100)).getBytes(StandardCharsets.UTF_8));
            case 7 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b); // byte-order mark
            default -> concat(b, b); // two documents
        };
    }

    private byte[] insert(byte[] b, byte[] what) {
        int at = b.length == 0 ? 0 : random.nextInt(b.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.writeBytes(what);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private byte[] replaceFirstNumber(byte[] b, String with) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":\\s*-?\\d+(\\.\\d+)?").matcher(s);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return insert(b, (":" + with).getBytes(StandardCharsets.ISO_8859_1));
        }
        int[] f = pick(found);
        return (s.substring(0, f[0]) + ": " + with + s.substring(f[1])).getBytes(StandardCharsets.ISO_8859_1);
    }

    // ---- slots of a JSON tree --------------------------------------------------------------

    private interface Slot {
        JsonNode get();

        void set(JsonNode value);

        void remove();
    }

    private static void collect(JsonNode node, List<Slot> slots, int depth) {
        if (depth > 12) {
            return;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                slots.add(new Slot() {
                    public JsonNode get() {
                        return object.get(name);
                    }

                    public void set(JsonNode value) {
                        object.set(name, value);
                    }

                    public void remove() {
                        object.remove(name);
                    }
                });
                collect(object.get(name), slots, depth + 1);
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                slots.add(new Slot() {
                    public JsonNode get() {
                        return index < array.size() ? array.get(index) : null;
                    }

                    public void set(JsonNode value) {
                        if (index < array.size()) {
                            array.set(index, value);
                        }
                    }

                    public void remove() {
                        if (index < array.size()) {
                            array.remove(index);
                        }
                    }
                });
                collect(array.get(i), slots, depth + 1);
            }
        }
    }
}

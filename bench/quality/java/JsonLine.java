import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The string fields of one JSON object on one line, as morgue writes its JSON Lines (id,
 * headline, body): a flat object of strings. Values that are not strings are skipped. Enough for
 * morgue's own output, not a general JSON parser; malformed input throws IllegalArgumentException.
 */
final class JsonLine {
    private final String text;
    private int at;

    private JsonLine(String text) {
        this.text = text;
    }

    static Map<String, String> stringFields(String line) {
        return new JsonLine(line).object();
    }

    /** The objects of a JSON Lines file, one at a time; a malformed line is an IOException naming it. */
    static final class Reader implements Closeable {
        private final Path path;
        private final BufferedReader in;
        private int lineNumber = 0;

        Reader(Path path) throws IOException {
            this.path = path;
            this.in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        }

        /** The next object's string fields, or null at the end (blank lines are skipped). */
        Map<String, String> next() throws IOException {
            for (String line; (line = in.readLine()) != null;) {
                lineNumber++;
                if (line.isBlank()) continue;
                try {
                    return stringFields(line);
                } catch (IllegalArgumentException e) {
                    throw new IOException(path + ":" + lineNumber + ": " + e.getMessage());
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private Map<String, String> object() {
        Map<String, String> fields = new HashMap<>();
        expect('{');
        skipSpaces();
        if (peek() == '}') return fields;
        while (true) {
            skipSpaces();
            String key = string();
            skipSpaces();
            expect(':');
            skipSpaces();
            if (peek() == '"') fields.put(key, string());
            else skipValue();
            skipSpaces();
            if (peek() == ',') { at++; continue; }
            expect('}');
            return fields;
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') return out.toString();
            if (c != '\\') { out.append(c); continue; }
            char e = next();
            switch (e) {
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'u':
                    if (at + 4 > text.length()) throw bad("short \\u escape");
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                    break;
                default: out.append(e);  // \" \\ \/
            }
        }
    }

    // Arrays, numbers, null, booleans: skipped, minding strings and nesting.
    private void skipValue() {
        int depth = 0;
        while (at < text.length()) {
            char c = peek();
            if (c == '"') { string(); continue; }
            if (c == '[' || c == '{') depth++;
            if (c == ']' || c == '}') { if (depth == 0) return; depth--; }
            if (c == ',' && depth == 0) return;
            at++;
        }
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
    }

    private char peek() {
        if (at >= text.length()) throw bad("unexpected end of line");
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) throw bad("expected '" + c + "'");
    }

    private IllegalArgumentException bad(String what) {
        return new IllegalArgumentException(what + " at column " + at);
    }
}

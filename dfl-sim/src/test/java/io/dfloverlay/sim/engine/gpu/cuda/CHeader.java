package io.dfloverlay.sim.engine.gpu.cuda;

import java.io.IOException;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small reader of C headers, enough for the CUDA libraries' prototypes: strips comments, collects
 * typedefs, enum typedefs, enum constants and {@code #define NAME OTHER} symbol renames, and maps a
 * prototype's C types to the FFM carrier the x86-64 Linux ABI passes them in. Independent of the
 * bindings it checks.
 */
final class CHeader {
    private static final Pattern DEFINE = Pattern.compile("(?m)^\\s*#\\s*define\\s+(\\w+)\\s+(?:__CUDA_API_PTDS\\(|__CUDA_API_PTSZ\\()?(\\w+)\\)?\\s*$");
    private static final Pattern TYPEDEF_ENUM = Pattern.compile("typedef\\s+enum\\s*\\w*\\s*\\{[^}]*\\}\\s*(\\w+)\\s*;");
    private static final Pattern TYPEDEF = Pattern.compile("typedef\\s+([^;{}()]+?)\\s*\\b(\\w+)\\s*;");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("\\b([A-Z][A-Z0-9_]+)\\s*=\\s*(-?(?:0x[0-9a-fA-F]+|\\d+))");
    private static final Pattern MACRO = Pattern.compile("\\b[A-Z_][A-Z0-9_]*\\b(\\s*\\([^)]*\\))?");

    private final String text;
    private final Map<String, String> defines = new HashMap<>();
    private final Map<String, String> typedefs = new HashMap<>();
    private final Set<String> enums = new HashSet<>();
    private final Map<String, Long> constants = new HashMap<>();

    /** Reads and joins the headers (the first definition of a name wins). */
    CHeader(List<Path> files) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path f : files) all.append(Files.readString(f)).append('\n');
        String raw = all.toString();
        Matcher d = DEFINE.matcher(raw);
        while (d.find()) defines.putIfAbsent(d.group(1), d.group(2));
        text = raw.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ").replaceAll("(?m)^\\s*#(?:[^\\n]*\\\\\\n)*[^\\n]*$", " ");
        Matcher e = TYPEDEF_ENUM.matcher(text);
        while (e.find()) enums.add(e.group(1));
        Matcher t = TYPEDEF.matcher(text);
        while (t.find()) typedefs.putIfAbsent(t.group(2), t.group(1).trim());
        Matcher c = ENUM_CONSTANT.matcher(text);
        while (c.find()) constants.putIfAbsent(c.group(1), Long.decode(c.group(2)));
    }

    /** The symbol a name is {@code #define}d to, or the name itself. */
    String symbolOf(String name) {
        return defines.getOrDefault(name, name);
    }

    /** The value of an enum constant, if declared. */
    Optional<Long> constant(String name) {
        return Optional.ofNullable(constants.get(name));
    }

    /** A parsed prototype: return type and parameter types (names dropped). */
    record Prototype(String name, String returnType, List<String> parameters) {}

    /** The first prototype declaring {@code name}: {@code <return type> name(<parameters>);} between statements. */
    Optional<Prototype> prototype(String name) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\s*\\(").matcher(text);
        while (m.find()) {
            int close = text.indexOf(')', m.end());
            int semi = close < 0 ? -1 : text.indexOf(';', close);
            if (semi < 0 || !text.substring(close + 1, semi).isBlank()) continue;
            int from = m.start();
            while (from > 0 && ";{}".indexOf(text.charAt(from - 1)) < 0) from--;
            String ret = MACRO.matcher(text.substring(from, m.start())).replaceAll(" ")
                    .replaceAll("\\b(extern|\"C\"|__host__|__device__|static|inline)\\b", " ").replace("\"C\"", " ").strip();
            if (ret.isEmpty()) continue;
            List<String> params = new ArrayList<>();
            String list = text.substring(m.end(), close).strip();
            if (!list.isEmpty() && !list.equals("void")) for (String p : list.split(",")) params.add(typeOfParameter(p.strip()));
            return Optional.of(new Prototype(name, ret, params));
        }
        return Optional.empty();
    }

    /** A parameter's type without its name. */
    private static String typeOfParameter(String p) {
        String s = p.replaceAll("\\[\\s*\\]", "*");
        Matcher m = Pattern.compile("^(.*?[\\s*])(\\w+)$").matcher(s);
        if (m.matches()) {
            String type = m.group(1).strip();
            String bare = type.replaceAll("\\b(const|volatile|struct|enum|unsigned|signed)\\b", "").replace("*", "").strip();
            if (!bare.isEmpty()) return type;
        }
        return s;
    }

    /** The FFM carrier of a C type on x86-64 Linux, or null for {@code void}. */
    MemoryLayout carrier(String type) {
        String t = type.replaceAll("\\b(const|volatile)\\b", " ").replaceAll("\\s+", " ").strip();
        if (t.contains("*")) return ValueLayout.ADDRESS;
        t = t.replaceAll("\\b(struct|enum)\\b", " ").replaceAll("\\s+", " ").strip();
        switch (t) {
            case "void": return null;
            case "int", "signed int", "unsigned int", "unsigned", "int32_t", "uint32_t": return ValueLayout.JAVA_INT;
            case "long", "unsigned long", "long long", "long long int", "unsigned long long", "unsigned long long int", "int64_t", "uint64_t",
                    "size_t": return ValueLayout.JAVA_LONG;
            case "char", "unsigned char", "signed char": return ValueLayout.JAVA_BYTE;
            case "float": return ValueLayout.JAVA_FLOAT;
            case "double": return ValueLayout.JAVA_DOUBLE;
            default: break;
        }
        if (enums.contains(t)) return ValueLayout.JAVA_INT;
        String def = typedefs.get(t);
        if (def == null) throw new IllegalArgumentException("unknown C type '" + type + "'");
        if (def.startsWith("enum")) return ValueLayout.JAVA_INT;
        return carrier(def);
    }
}

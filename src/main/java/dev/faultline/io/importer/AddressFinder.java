package dev.faultline.io.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds host names inside configuration values: bare names ({@code rabbitmq}), {@code host:port}, URLs
 * ({@code postgres://user:pw@db:5432/x}, {@code http://basket-api:81/hc}), key=value connection strings
 * ({@code Server=sqldata;Database=x}, {@code host=db user=x}) and lists ({@code k1:9092,k2:9092}). It only takes
 * what stands in a host position, so a URL path segment that happens to equal a service name is not a reference.
 */
final class AddressFinder {
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9_-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9_-]*[a-z0-9])?)*");
    private static final Pattern KEY_VALUE = Pattern.compile("^[A-Za-z][A-Za-z0-9 _.-]*=(.*)$");
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)(.*)$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NUMBER_OR_IP = Pattern.compile("[0-9.]+");
    private static final Pattern HOST_PORT = Pattern.compile("[^\\s]+:\\d+(/.*)?");
    private static final Pattern HEALTH_PATH = Pattern.compile(
            "/(hc|health|healthz|healthcheck|ready|readyz|live|livez|liveness|readiness|ping)(/.*)?/?");

    /** One host found in a value, and whether it sits in a health-check URL ({@code /hc}, {@code /health}...). */
    record Address(String host, boolean healthCheckPath) {
    }

    List<Address> find(String value) {
        Set<Address> found = new LinkedHashSet<>();
        if (value == null) return List.of();
        for (String segment : SEPARATORS.split(value)) {
            String s = segment.trim();
            Matcher kv = KEY_VALUE.matcher(s);
            if (!s.contains("://") || s.indexOf('=') < s.indexOf("://")) {
                if (kv.matches()) s = kv.group(1);
            }
            s = stripQuotes(s);
            if (s.isEmpty()) continue;
            Matcher url = URL.matcher(s);
            String authority;
            String path = "";
            if (url.matches()) {
                authority = url.group(1);
                path = url.group(2);
            } else {
                authority = s;
                int slash = authority.indexOf('/');
                if (slash >= 0) {
                    path = authority.substring(slash);
                    authority = authority.substring(0, slash);
                }
            }
            String host = hostOf(authority);
            if (host != null) found.add(new Address(host, isHealthPath(path)));
        }
        return new ArrayList<>(found);
    }

    /**
     * Addresses in a command line. Words of free text would give false hits ("Pinging frontend: ..."), so a word
     * counts only when it is clearly an address (a URL or {@code host:port}), an option's value
     * ({@code --redis=cache}), or follows an option ({@code -h edge-router}).
     */
    List<Address> findInCommand(List<String> words) {
        Set<Address> found = new LinkedHashSet<>();
        String previous = "";
        for (String word : words) {
            String w = word.trim();
            if (w.startsWith("-") && w.contains("=")) {
                found.addAll(find(w.substring(w.indexOf('=') + 1)));
            } else if (w.contains("://") || HOST_PORT.matcher(w).matches()) {
                found.addAll(find(w));
            } else if (previous.startsWith("-") && !previous.contains("=") && !w.startsWith("-")) {
                found.addAll(find(w));
            }
            previous = w;
        }
        return new ArrayList<>(found);
    }

    private static String hostOf(String authority) {
        String a = authority;
        int at = a.lastIndexOf('@');
        if (at >= 0) a = a.substring(at + 1);
        if (a.startsWith("[")) return null; // IPv6 literal
        int colon = a.indexOf(':');
        if (colon >= 0) {
            String port = a.substring(colon + 1);
            if (!port.isEmpty() && !DIGITS.matcher(port).matches()) return null; // not host:port (e.g. "a:b:c", a time)
            a = a.substring(0, colon);
        }
        a = a.toLowerCase(Locale.ROOT);
        if (a.endsWith(".")) a = a.substring(0, a.length() - 1);
        if (a.isEmpty() || !HOST.matcher(a).matches()) return null;
        if (NUMBER_OR_IP.matcher(a).matches()) return null; // a number or an IP address
        return a;
    }

    private static boolean isHealthPath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return HEALTH_PATH.matcher(p).matches();
    }

    private static String stripQuotes(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}

// Antrag's date operations (`today`, `date_add`, `working_days_add`, `month`) for a Java backend that evaluates a
// definition's rules with a JSON Logic library. Java 17, java.time only, no dependencies: copy this file.
//
// Specified in docs/definition-format.md ("Date operations"); checked against docs/rules/date-vectors.json by
// test/node/json-logic-date-ports.test.mjs, like the json-logic-js port (json-logic-date-operations.mjs).
//
// Registering the operations, e.g. with json-logic-java (io.github.jamsesso:json-logic-java), whose custom
// operations receive their evaluated arguments as an Object[]:
//
//   JsonLogic jsonLogic = new JsonLogic();
//   DateOperations.operations(Clock.systemUTC()).forEach(jsonLogic::addOperation);
//   jsonLogic.apply("{\"date_add\": [{\"today\": []}, -18, \"years\"]}", null);
//
// Any other library works the same way: call DateOperations.apply(name, arguments, clock). Arguments are JSON
// values as Java objects (String, Number, Boolean, null, List or Object[]); an invalid argument gives null.
// `main` is only for the test (reads the test's line format from stdin); run: java DateOperations.java

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

public final class DateOperations {
  /** `today` is the date in Germany, on every server. */
  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  public static final List<String> NAMES = List.of("today", "date_add", "working_days_add", "month");

  private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final long MAX_DAYS_OR_MONTHS = 3_660_000;
  private static final long MAX_WORKING_DAYS = 1_000;

  private DateOperations() {}

  /** The four operations by name, ready for a library's "add operation" taking a Function of Object[]. */
  public static Map<String, Function<Object[], Object>> operations(Clock clock) {
    Map<String, Function<Object[], Object>> operations = new LinkedHashMap<>();
    for (String name : NAMES) operations.put(name, arguments -> apply(name, arguments, clock));
    return operations;
  }

  /** Evaluates one operation on its already evaluated arguments; missing arguments count as JavaScript's undefined. */
  public static Object apply(String name, Object[] arguments, Clock clock) {
    int count = arguments == null ? 0 : arguments.length;
    switch (name) {
      case "today":
        return today(clock);
      case "date_add":
        return count < 3 ? null : dateAdd(arguments[0], arguments[1], arguments[2]);
      case "working_days_add":
        if (count < 2) return null;
        return workingDaysAdd(arguments[0], arguments[1], count < 3 ? List.of() : arguments[2]);
      case "month":
        return count < 1 ? null : month(arguments[0]);
      default:
        throw new IllegalArgumentException("not a date operation: " + name);
    }
  }

  /** {"today": []}: the date in Europe/Berlin at the clock's instant. */
  public static String today(Clock clock) {
    return format(LocalDate.ofInstant(clock.instant(), BERLIN));
  }

  /** {"date_add": [date, n, "days" | "months" | "years"]}: months and years clamp to the month's end. */
  public static String dateAdd(Object date, Object n, Object unit) {
    LocalDate start = parse(date);
    Long amount = wholeNumber(n, MAX_DAYS_OR_MONTHS);
    if (start == null || amount == null) return null;
    if ("days".equals(unit)) return format(start.plusDays(amount));
    if ("months".equals(unit)) return format(start.plusMonths(amount));
    if ("years".equals(unit)) return format(start.plusYears(amount));
    return null;
  }

  /** {"working_days_add": [date, n, holidays]}: n days Monday to Friday that are not in `holidays`. */
  public static String workingDaysAdd(Object date, Object n, Object holidays) {
    LocalDate day = parse(date);
    Long amount = wholeNumber(n, MAX_WORKING_DAYS);
    List<?> list = holidays instanceof List<?> l ? l : holidays instanceof Object[] a ? Arrays.asList(a) : null;
    if (day == null || amount == null || list == null) return null;
    Set<Object> off = new HashSet<>();
    for (Object holiday : list) if (holiday instanceof String) off.add(holiday);
    long remaining = amount;
    int step = remaining < 0 ? -1 : 1;
    while (remaining != 0) {
      day = day.plusDays(step);
      DayOfWeek weekday = day.getDayOfWeek();
      if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !off.contains(format(day))) remaining -= step;
    }
    return format(day);
  }

  /** {"month": [date]}: 1 to 12. */
  public static Integer month(Object date) {
    LocalDate parsed = parse(date);
    return parsed == null ? null : parsed.getMonthValue();
  }

  /** A text YYYY-MM-DD of a day that exists, years 0001 to 9999; anything else is null. */
  private static LocalDate parse(Object value) {
    if (!(value instanceof String text) || !DATE.matcher(text).matches()) return null;
    int year = Integer.parseInt(text.substring(0, 4));
    if (year < 1) return null;
    try {
      return LocalDate.of(year, Integer.parseInt(text.substring(5, 7)), Integer.parseInt(text.substring(8, 10)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String format(LocalDate date) {
    int year = date.getYear();
    if (year < 1 || year > 9999) return null;
    return String.format("%04d-%02d-%02d", year, date.getMonthValue(), date.getDayOfMonth());
  }

  /** JavaScript's Number(value), then: a whole number of at most `limit` in magnitude, else null. */
  private static Long wholeNumber(Object value, long limit) {
    double number = toNumber(value);
    if (!Double.isFinite(number) || number != Math.rint(number) || Math.abs(number) > limit) return null;
    return (long) number;
  }

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(Infinity|([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?)");
  private static final Pattern RADIX = Pattern.compile("0([xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)");
  private static final String JS_WHITESPACE =
      "\t\n\u000B\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

  /** Number(value) for JSON values: null is 0, booleans 1/0, texts as JavaScript parses them, a list as its text. */
  static double toNumber(Object value) {
    if (value == null) return 0;
    if (value instanceof Boolean b) return b ? 1 : 0;
    if (value instanceof Number number) return number.doubleValue();
    if (value instanceof String text) return textToNumber(text);
    List<?> list = value instanceof List<?> l ? l : value instanceof Object[] a ? Arrays.asList(a) : null;
    if (list == null) return Double.NaN; // an object: "[object Object]"
    if (list.isEmpty()) return 0; // "" (two or more items are joined with a comma: never a number)
    if (list.size() > 1) return Double.NaN;
    Object item = list.get(0);
    return item instanceof Boolean ? Double.NaN : toNumber(item);
  }

  private static double textToNumber(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && JS_WHITESPACE.indexOf(raw.charAt(start)) >= 0) start++;
    while (end > start && JS_WHITESPACE.indexOf(raw.charAt(end - 1)) >= 0) end--;
    String text = raw.substring(start, end);
    if (text.isEmpty()) return 0;
    if (RADIX.matcher(text).matches()) {
      int radix = switch (Character.toLowerCase(text.charAt(1))) { case 'x' -> 16; case 'o' -> 8; default -> 2; };
      return new java.math.BigInteger(text.substring(2), radix).doubleValue();
    }
    if (!DECIMAL.matcher(text).matches()) return Double.NaN;
    if (text.endsWith("Infinity")) return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    return Double.parseDouble(text);
  }

  // ---- Test driver: one line per call, tab-separated: name, `now` (an instant, or empty), then the arguments as
  // `null`, `true`, `false`, `n:<number>`, `s:<text>` or `l:<items separated by U+001F>`; prints one JSON value a line.
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder();
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isEmpty()) continue;
      String[] fields = line.split("\t", -1);
      Clock clock = fields[1].isEmpty() ? Clock.systemUTC() : Clock.fixed(Instant.parse(fields[1]), ZoneOffset.UTC);
      Object[] arguments = new Object[fields.length - 2];
      for (int i = 2; i < fields.length; i++) arguments[i - 2] = decode(fields[i]);
      out.append(toJson(apply(fields[0], arguments, clock))).append('\n');
    }
    System.out.print(out);
  }

  private static Object decode(String token) {
    if (token.equals("null")) return null;
    if (token.equals("true") || token.equals("false")) return Boolean.valueOf(token);
    if (token.startsWith("n:")) return Double.valueOf(token.substring(2));
    if (token.startsWith("s:")) return token.substring(2);
    if (token.startsWith("l:")) {
      String items = token.substring(2);
      return items.isEmpty() ? List.of() : Arrays.stream(items.split("\u001F", -1)).map(DateOperations::decode).toList();
    }
    throw new IllegalArgumentException("unknown token: " + token);
  }

  private static String toJson(Object value) {
    if (value == null) return "null";
    if (value instanceof String text) return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    return String.valueOf(value);
  }
}

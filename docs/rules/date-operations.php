<?php
// Antrag's date operations (`today`, `date_add`, `working_days_add`, `month`) for a PHP backend that evaluates a
// definition's rules with a JSON Logic library. PHP 8.1+, DateTimeImmutable only, no dependencies: copy this file.
//
// Specified in docs/definition-format.md ("Date operations"); checked against docs/rules/date-vectors.json by
// test/node/json-logic-date-ports.test.mjs, like the json-logic-js port (json-logic-date-operations.mjs).
//
// Registering the operations, e.g. with jwadhams/json-logic-php, which calls a custom operation with its
// evaluated arguments:
//
//   require 'date-operations.php';
//   foreach (Antrag\DateOperations::operations() as $name => $operation) {
//       JWadhams\JsonLogic::add_operation($name, $operation);
//   }
//   JWadhams\JsonLogic::apply(['date_add' => [['today' => []], -18, 'years']]);
//
// Any other library works the same way: call Antrag\DateOperations::apply($name, $arguments, $clock). Arguments
// are decoded JSON values (string, int, float, bool, null, list); an invalid argument gives null.
// Run directly (php date-operations.php), it reads the test's line format from stdin; see the end of the file.

declare(strict_types=1);

namespace Antrag;

final class DateOperations
{
    public const NAMES = ['today', 'date_add', 'working_days_add', 'month'];
    private const MAX_DAYS_OR_MONTHS = 3660000;
    private const MAX_WORKING_DAYS = 1000;
    private const JS_WHITESPACE = "\t\n\v\f\r \u{A0}\u{1680}\u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\u{2005}\u{2006}"
        . "\u{2007}\u{2008}\u{2009}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}\u{FEFF}";

    /**
     * The four operations by name, as closures taking the evaluated arguments.
     * @param (callable(): \DateTimeInterface)|null $clock the current instant; the system clock if null
     * @return array<string, \Closure>
     */
    public static function operations(?callable $clock = null): array
    {
        $operations = [];
        foreach (self::NAMES as $name) {
            $operations[$name] = static fn (mixed ...$arguments): mixed => self::apply($name, $arguments, $clock);
        }
        return $operations;
    }

    /** Evaluates one operation; missing arguments count as JavaScript's undefined. */
    public static function apply(string $name, array $arguments, ?callable $clock = null): mixed
    {
        $arguments = array_values($arguments);
        $count = count($arguments);
        return match ($name) {
            'today' => self::today($clock === null ? new \DateTimeImmutable() : $clock()),
            'date_add' => $count < 3 ? null : self::dateAdd($arguments[0], $arguments[1], $arguments[2]),
            'working_days_add' => $count < 2 ? null
                : self::workingDaysAdd($arguments[0], $arguments[1], $count < 3 ? [] : $arguments[2]),
            'month' => $count < 1 ? null : self::month($arguments[0]),
            default => throw new \InvalidArgumentException("not a date operation: $name"),
        };
    }

    /** {"today": []}: the date in Europe/Berlin at the instant $now. */
    public static function today(\DateTimeInterface $now): string
    {
        return \DateTimeImmutable::createFromInterface($now)
            ->setTimezone(new \DateTimeZone('Europe/Berlin'))
            ->format('Y-m-d');
    }

    /** {"date_add": [date, n, "days" | "months" | "years"]}: months and years clamp to the month's end. */
    public static function dateAdd(mixed $date, mixed $n, mixed $unit): ?string
    {
        $start = self::parse($date);
        $amount = self::wholeNumber($n, self::MAX_DAYS_OR_MONTHS);
        if ($start === null || $amount === null) {
            return null;
        }
        if ($unit === 'days') {
            return self::format($start->modify(sprintf('%+d days', $amount)));
        }
        if ($unit !== 'months' && $unit !== 'years') {
            return null;
        }
        // PHP's "+1 month" overflows (2024-01-31 → 2024-03-02); count months and clamp to the month's end instead.
        $index = (int) $start->format('Y') * 12 + (int) $start->format('n') - 1 + ($unit === 'years' ? $amount * 12 : $amount);
        $year = (int) floor($index / 12);
        $month = $index - $year * 12 + 1;
        if ($year < 1 || $year > 9999) {
            return null;
        }
        $first = $start->setDate($year, $month, 1);
        return self::format($first->setDate($year, $month, min((int) $start->format('j'), (int) $first->format('t'))));
    }

    /** {"working_days_add": [date, n, holidays]}: n days Monday to Friday that are not in `holidays`. */
    public static function workingDaysAdd(mixed $date, mixed $n, mixed $holidays): ?string
    {
        $day = self::parse($date);
        $remaining = self::wholeNumber($n, self::MAX_WORKING_DAYS);
        if ($day === null || $remaining === null || !is_array($holidays) || !array_is_list($holidays)) {
            return null;
        }
        $off = array_flip(array_filter($holidays, 'is_string'));
        $step = $remaining < 0 ? -1 : 1;
        while ($remaining !== 0) {
            $day = $day->modify(sprintf('%+d day', $step));
            if ((int) $day->format('N') <= 5 && !isset($off[self::format($day)])) {
                $remaining -= $step;
            }
        }
        return self::format($day);
    }

    /** {"month": [date]}: 1 to 12. */
    public static function month(mixed $date): ?int
    {
        $parsed = self::parse($date);
        return $parsed === null ? null : (int) $parsed->format('n');
    }

    /** A text YYYY-MM-DD of a day that exists, years 0001 to 9999 (as midnight UTC); anything else is null. */
    private static function parse(mixed $value): ?\DateTimeImmutable
    {
        if (!is_string($value) || !preg_match('/\A([0-9]{4})-([0-9]{2})-([0-9]{2})\z/', $value, $m)) {
            return null;
        }
        [$year, $month, $day] = [(int) $m[1], (int) $m[2], (int) $m[3]];
        if ($year < 1 || !checkdate($month, $day, $year)) {
            return null;
        }
        return (new \DateTimeImmutable('@0'))->setDate($year, $month, $day); // '@0' is UTC: no summer time
    }

    private static function format(\DateTimeImmutable $date): ?string
    {
        $year = (int) $date->format('Y');
        if ($year < 1 || $year > 9999) {
            return null;
        }
        return sprintf('%04d-%02d-%02d', $year, (int) $date->format('n'), (int) $date->format('j'));
    }

    /** JavaScript's Number($value), then: a whole number of at most $limit in magnitude, else null. */
    private static function wholeNumber(mixed $value, int $limit): ?int
    {
        $number = self::toNumber($value);
        if (!is_finite($number) || $number !== floor($number) || abs($number) > $limit) {
            return null;
        }
        return (int) $number;
    }

    /** Number(value) for JSON values: null is 0, booleans 1/0, texts as JavaScript parses them, a list as its text. */
    public static function toNumber(mixed $value): float
    {
        if ($value === null) {
            return 0.0;
        }
        if (is_bool($value)) {
            return $value ? 1.0 : 0.0;
        }
        if (is_int($value) || is_float($value)) {
            return (float) $value;
        }
        if (is_string($value)) {
            return self::textToNumber($value);
        }
        if (!is_array($value) || !array_is_list($value)) {
            return NAN; // an object: "[object Object]"
        }
        if (count($value) === 0) {
            return 0.0; // "" (two or more items are joined with a comma: never a number)
        }
        if (count($value) > 1 || is_bool($value[0])) {
            return NAN;
        }
        return self::toNumber($value[0]);
    }

    private static function textToNumber(string $raw): float
    {
        $text = preg_replace('/\A[' . self::JS_WHITESPACE . ']+|[' . self::JS_WHITESPACE . ']+\z/u', '', $raw) ?? $raw;
        if ($text === '') {
            return 0.0;
        }
        if (preg_match('/\A0([xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)\z/', $text)) {
            $radix = ['x' => 16, 'o' => 8, 'b' => 2][strtolower($text[1])];
            $number = 0.0;
            foreach (str_split(strtolower(substr($text, 2))) as $digit) {
                $number = $number * $radix + hexdec($digit);
            }
            return $number;
        }
        if (!preg_match('/\A[+-]?(Infinity|([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?)\z/', $text)) {
            return NAN;
        }
        if (str_ends_with($text, 'Infinity')) {
            return str_starts_with($text, '-') ? -INF : INF;
        }
        return (float) $text;
    }
}

// ---- Test driver, only when this file is run directly: one line per call, tab-separated: name, `now` (an instant,
// or empty), then the arguments as `null`, `true`, `false`, `n:<number>`, `s:<text>` or `l:<items separated by
// U+001F>`; prints one JSON value a line.
if (PHP_SAPI === 'cli' && realpath($_SERVER['SCRIPT_FILENAME'] ?? '') === __FILE__) {
    $decode = static function (string $token) use (&$decode): mixed {
        return match (true) {
            $token === 'null' => null,
            $token === 'true', $token === 'false' => $token === 'true',
            str_starts_with($token, 'n:') => json_decode(substr($token, 2), flags: JSON_THROW_ON_ERROR),
            str_starts_with($token, 's:') => substr($token, 2),
            $token === 'l:' => [],
            str_starts_with($token, 'l:') => array_map($decode, explode("\x1F", substr($token, 2))),
            default => throw new \InvalidArgumentException("unknown token: $token"),
        };
    };
    while (($line = fgets(STDIN)) !== false) {
        $line = rtrim($line, "\r\n");
        if ($line === '') {
            continue;
        }
        $fields = explode("\t", $line);
        $clock = $fields[1] === '' ? null : static fn () => new \DateTimeImmutable($fields[1]);
        $result = DateOperations::apply($fields[0], array_map($decode, array_slice($fields, 2)), $clock);
        echo json_encode($result, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR), "\n";
    }
}

#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QDateTime;
class QTime;

namespace cw {

// Loads CallWatch's catalogue for `locale` (falling back to English, which supplies the plural forms of
// messages with %n) and Qt's own translations, and installs them on `app`. Also makes `locale` the
// default QLocale, so every number, date and time shown through QLocale() follows the chosen language
// even when it differs from the system's (a German UI on an English system shows "1.234,5", not
// "1,234.5"). Returns true when a CallWatch catalogue was installed.
bool installTranslators(QCoreApplication *app, const QLocale &locale = QLocale());

// Formatting for what people read. Everything here follows `locale`; machine formats (CSV export, JSON,
// logs, file names) use ISO 8601 and QLocale::c() instead and must not call these.

enum class TimePrecision
{
    Minutes,
    Seconds
};

// The locale's own time-of-day pattern (12- or 24-hour, its separator) for `precision`, built from its
// short time format: "HH:mm" / "HH:mm:ss" (de, fr, pt_BR), "h:mm AP" / "h:mm:ss AP" (en_US), "H:mm" (es).
// Never carries a time zone.
QString timePattern(const QLocale &locale = QLocale(), TimePrecision precision = TimePrecision::Minutes);

// A time of day in the locale's pattern: "14:05" (de), "2:05 PM" (en_US). Empty for an invalid time.
QString formatTime(const QTime &time, const QLocale &locale = QLocale(),
                   TimePrecision precision = TimePrecision::Minutes);

// The locale's short date and its time of day, in the time zone `when` carries (convert first):
// "15.11.25 14:05" (de), "11/15/25 2:05 PM" (en_US). Empty for an invalid date-time.
QString formatDateTime(const QDateTime &when, const QLocale &locale = QLocale(),
                       TimePrecision precision = TimePrecision::Minutes);

// An elapsed time like a stopwatch, the same in every language: "0:42", "5:07", "1:02:03". Negative
// values count as zero.
QString formatDuration(qint64 seconds);

// A number with the locale's decimal and group separators and at most `maxDecimals` decimals, trailing
// zeros dropped: 1234.5 -> "1.234,5" (de), "1,234.5" (en), "1 234,5" (fr); 2.0 -> "2".
QString formatNumber(double value, int maxDecimals = 2, const QLocale &locale = QLocale());

} // namespace cw

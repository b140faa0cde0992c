#include "i18n.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <cmath>

namespace cw {

bool installTranslators(QCoreApplication *app, const QLocale &locale)
{
    // Numbers, dates and times follow the chosen language, not only the texts.
    QLocale::setDefault(locale);

    // Qt's own strings (dialog buttons, shortcuts) in the user's language, where Qt has them.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("callwatch"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("callwatch_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

namespace {

QString buildTimePattern(const QLocale &locale, TimePrecision precision)
{
    QString pattern = locale.timeFormat(QLocale::ShortFormat);
    // A time zone ("t") does not belong next to the other times on screen.
    static const QRegularExpression zone(QStringLiteral("\\s*t+"));
    pattern.remove(zone);
    const bool hasSeconds = pattern.contains(u's');
    if (precision == TimePrecision::Minutes && hasSeconds) {
        static const QRegularExpression seconds(QStringLiteral("[^hHmsaApP']?s{1,2}"));
        pattern.remove(seconds);
    } else if (precision == TimePrecision::Seconds && !hasSeconds) {
        // The seconds go after the minutes, with the separator the locale puts between hours and minutes.
        static const QRegularExpression hoursMinutes(QStringLiteral("[hH]+([^hHm]*)m+"));
        const QRegularExpressionMatch match = hoursMinutes.match(pattern);
        if (match.hasMatch()) {
            QString separator = match.captured(1);
            if (separator.isEmpty() || separator.contains(u'\''))
                separator = QStringLiteral(":");
            pattern.insert(match.capturedEnd(0), separator + QStringLiteral("ss"));
        }
    }
    return pattern.trimmed();
}

} // namespace

QString timePattern(const QLocale &locale, TimePrecision precision)
{
    // Table cells ask for it on every paint: each locale's pattern is worked out once per thread.
    thread_local QHash<QString, QString> patterns;
    const QString key = locale.name() + (precision == TimePrecision::Seconds ? u's' : u'm');
    auto it = patterns.constFind(key);
    if (it == patterns.cend())
        it = patterns.insert(key, buildTimePattern(locale, precision));
    return *it;
}

QString formatTime(const QTime &time, const QLocale &locale, TimePrecision precision)
{
    if (!time.isValid())
        return {};
    return locale.toString(time, timePattern(locale, precision));
}

QString formatDateTime(const QDateTime &when, const QLocale &locale, TimePrecision precision)
{
    if (!when.isValid())
        return {};
    return locale.toString(when.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           formatTime(when.time(), locale, precision);
}

QString formatDuration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString formatNumber(double value, int maxDecimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return locale.toString(value);
    const double scale = std::pow(10.0, qBound(0, maxDecimals, 15));
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0; // no "-0"
    return locale.toString(rounded, 'f', QLocale::FloatingPointShortest);
}

} // namespace cw

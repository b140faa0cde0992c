#include "settings.h"

#include "callfilterproxymodel.h"
#include "dialgenclient.h"
#include "historystore.h"
#include "i18n.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

#include <array>
#include <cmath>
#include <limits>

namespace cw {

namespace {

constexpr int kKeyCount = int(SettingKey::Count);

SettingSpec integerSpec(SettingKey key, const QString &path, qint64 defaultValue, qint64 minimum,
                        qint64 maximum)
{
    return {
        key, path, SettingType::Integer, QVariant(qlonglong(defaultValue)), double(minimum), double(maximum),
        {}};
}

SettingSpec realSpec(SettingKey key, const QString &path, double defaultValue, double minimum, double maximum)
{
    return {key, path, SettingType::Real, QVariant(defaultValue), minimum, maximum, {}};
}

SettingSpec textSpec(SettingKey key, const QString &path, SettingType type, int maxLength = 0)
{
    return {key, path, type, QVariant(QString()), 0, double(maxLength), {}};
}

SettingSpec bytesSpec(SettingKey key, const QString &path)
{
    // Window geometry and state blobs are a few hundred bytes; anything this large is not ours.
    constexpr int kMaxBlob = 64 * 1024;
    return {key, path, SettingType::Bytes, QVariant(QByteArray()), 0, double(kMaxBlob), {}};
}

using Registry = std::array<SettingSpec, kKeyCount>;

Registry buildRegistry()
{
    const PollScheduler::Settings poll;
    const QStringList themes = {Settings::themeName(Settings::Theme::System),
                                Settings::themeName(Settings::Theme::Light),
                                Settings::themeName(Settings::Theme::Dark)};
    const QStringList chartRanges = {QStringLiteral("hour"), QStringLiteral("day"), QStringLiteral("week"),
                                     QStringLiteral("month")};
    const QStringList chartStyles = {QStringLiteral("bars"), QStringLiteral("lines")};
    const AlertRuleConfig failure = AlertRuleConfig::defaults(AlertKind::FailureRate);
    const AlertRuleConfig backlog = AlertRuleConfig::defaults(AlertKind::ScheduledBacklog);
    const AlertRuleConfig polling = AlertRuleConfig::defaults(AlertKind::PollingDown);
    using K = SettingKey;
    // Limits keep CallWatch polite to Dialgen whatever the file says: no cadence under a second, at most
    // 16 requests in flight, at most 50 requests a second.
    Registry registry = {{
        {K::BaseUrl,
         QStringLiteral("connection/baseUrl"),
         SettingType::Url,
         QVariant(ClientConfig().baseUrl.toString()),
         0,
         0,
         {}},
        integerSpec(K::OngoingCadenceMs, QStringLiteral("polling/ongoingCadenceMs"), poll.ongoingMs, 1'000,
                    600'000),
        integerSpec(K::ScheduledCadenceMs, QStringLiteral("polling/scheduledCadenceMs"), poll.scheduledMs,
                    1'000, 3'600'000),
        integerSpec(K::BatchCadenceMs, QStringLiteral("polling/batchCadenceMs"), poll.batchMs, 2'000,
                    600'000),
        integerSpec(K::BatchStatisticsCadenceMs, QStringLiteral("polling/batchStatisticsCadenceMs"),
                    poll.batchStatisticsMs, 5'000, 3'600'000),
        integerSpec(K::MaxInFlight, QStringLiteral("polling/maxInFlight"), poll.maxInFlight, 1, 16),
        realSpec(K::RateLimitPerSecond, QStringLiteral("polling/rateLimitPerSecond"), poll.ratePerSecond, 0.1,
                 50.0),
        integerSpec(K::MaxCallDurationS, QStringLiteral("polling/maxCallDurationS"), poll.maxCallDurationS,
                    60, 86'400),
        integerSpec(K::StaleAfterCadences, QStringLiteral("polling/staleAfterCadences"),
                    poll.staleAfterCadences, 2, 100),
        integerSpec(K::RetentionDays, QStringLiteral("history/retentionDays"),
                    HistoryStore::DefaultRetentionDays, 0, 3'650),
        textSpec(K::TimeZone, QStringLiteral("display/timeZone"), SettingType::TimeZoneId),
        {K::Theme, QStringLiteral("display/theme"), SettingType::Choice,
         QVariant(Settings::themeName(Settings::Theme::System)), 0, 0, themes},
        textSpec(K::Language, QStringLiteral("display/language"), SettingType::LanguageTag),
        bytesSpec(K::WindowGeometry, QStringLiteral("window/geometry")),
        bytesSpec(K::WindowState, QStringLiteral("window/state")),
        bytesSpec(K::HeaderState, QStringLiteral("window/headerState")),
        bytesSpec(K::SplitterState, QStringLiteral("window/splitterState")),
        integerSpec(K::StatusFilterMask, QStringLiteral("filter/statusMask"),
                    CallFilterProxyModel::AllStatuses, 0, CallFilterProxyModel::AllStatuses),
        textSpec(K::SearchText, QStringLiteral("filter/searchText"), SettingType::Text, 1'000),
        textSpec(K::BatchFilter, QStringLiteral("filter/batch"), SettingType::Text, 200),
        {K::ChartRange, QStringLiteral("chart/range"), SettingType::Choice, QVariant(QStringLiteral("day")),
         0, 0, chartRanges},
        {K::ChartStyle, QStringLiteral("chart/style"), SettingType::Choice, QVariant(QStringLiteral("bars")),
         0, 0, chartStyles},
        integerSpec(K::WallboardRotationSeconds, QStringLiteral("wallboard/rotationSeconds"), 20, 0, 3'600),
        textSpec(K::WallboardPinHash, QStringLiteral("wallboard/pinHash"), SettingType::Text, 64),
        integerSpec(K::WallboardSound, QStringLiteral("wallboard/sound"), 0, 0, 1),
        realSpec(K::AlertFailureWarningPercent, QStringLiteral("alerts/failureWarningPercent"),
                 failure.warningThreshold, 0, 100),
        realSpec(K::AlertFailureCriticalPercent, QStringLiteral("alerts/failureCriticalPercent"),
                 failure.criticalThreshold, 0, 100),
        integerSpec(K::AlertFailureWindowMinutes, QStringLiteral("alerts/failureWindowMinutes"),
                    failure.windowMinutes, 1, 24 * 60),
        integerSpec(K::AlertBacklogWarning, QStringLiteral("alerts/backlogWarning"),
                    qint64(backlog.warningThreshold), 0, 10'000'000),
        integerSpec(K::AlertBacklogCritical, QStringLiteral("alerts/backlogCritical"),
                    qint64(backlog.criticalThreshold), 0, 10'000'000),
        integerSpec(K::AlertPollingWarningSeconds, QStringLiteral("alerts/pollingWarningSeconds"),
                    qint64(polling.warningThreshold), 5, 86'400),
        integerSpec(K::AlertPollingCriticalSeconds, QStringLiteral("alerts/pollingCriticalSeconds"),
                    qint64(polling.criticalThreshold), 5, 86'400),
        integerSpec(K::WebhookEnabled, QStringLiteral("webhook/enabled"), 0, 0, 1),
        {K::WebhookAddress,
         QStringLiteral("webhook/address"),
         SettingType::Text,
         QVariant(QStringLiteral("127.0.0.1")),
         0,
         255,
         {}},
        integerSpec(K::WebhookPort, QStringLiteral("webhook/port"), 8787, 1, 65'535),
    }};
    for (int i = 0; i < kKeyCount; ++i)
        Q_ASSERT(registry[size_t(i)].key == SettingKey(i)); // the table follows the enum
    return registry;
}

const Registry &registry()
{
    static const Registry instance = buildRegistry();
    return instance;
}

bool isStringLike(const QVariant &value)
{
    const int type = value.typeId();
    return type == QMetaType::QString || type == QMetaType::QByteArray || type == QMetaType::QChar ||
           type == QMetaType::QStringList;
}

// An INI file gives strings back; a value with unquoted commas comes back as a QStringList.
QString asString(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1String(", "));
    return value.toString();
}

std::optional<qint64> toInteger(const QVariant &value)
{
    bool ok = false;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::SChar:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::UShort:
    case QMetaType::UChar: {
        const qint64 number = value.toLongLong(&ok);
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    case QMetaType::ULongLong: {
        const qulonglong number = value.toULongLong(&ok);
        if (!ok)
            return std::nullopt;
        return number > qulonglong(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max()
                                                                       : qint64(number);
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number)
            return std::nullopt;
        if (number >= 9.2e18)
            return std::numeric_limits<qint64>::max();
        if (number <= -9.2e18)
            return std::numeric_limits<qint64>::min();
        return qint64(number);
    }
    case QMetaType::QString:
    case QMetaType::QByteArray: {
        const qint64 number = value.toString().trimmed().toLongLong(&ok, 10);
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<double> toReal(const QVariant &value)
{
    bool ok = false;
    double number = 0;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::SChar:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::UChar:
    case QMetaType::Double:
    case QMetaType::Float:
        number = value.toDouble(&ok);
        break;
    case QMetaType::QString:
    case QMetaType::QByteArray:
        // The C locale: settings files do not change meaning with the user's locale.
        number = value.toString().trimmed().toDouble(&ok);
        break;
    default:
        return std::nullopt;
    }
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

SettingCheck defaulted(const SettingSpec &spec, const QString &reason)
{
    return {spec.defaultValue, SettingCheck::Outcome::Defaulted, reason};
}

SettingCheck accepted(QVariant value)
{
    return {std::move(value), SettingCheck::Outcome::Accepted, {}};
}

bool isAsciiPrintable(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Shown to people (the settings dialog's messages): in their locale, "0,5" in German.
QString limitText(double maximum)
{
    return formatNumber(maximum, 12);
}

} // namespace

// --- the registry ---

const SettingSpec &Settings::spec(SettingKey key)
{
    const int index = int(key);
    Q_ASSERT(index >= 0 && index < kKeyCount);
    return registry()[size_t(qBound(0, index, kKeyCount - 1))];
}

QList<SettingKey> Settings::allKeys()
{
    QList<SettingKey> keys;
    keys.reserve(kKeyCount);
    for (int i = 0; i < kKeyCount; ++i)
        keys.append(SettingKey(i));
    return keys;
}

std::optional<SettingKey> Settings::keyFromPath(QStringView path)
{
    for (const SettingSpec &entry : registry()) {
        if (entry.path == path)
            return entry.key;
    }
    return std::nullopt;
}

SettingCheck Settings::check(SettingKey key, const QVariant &value)
{
    const SettingSpec &entry = spec(key);
    if (!value.isValid())
        return defaulted(entry, tr("No value given; the default is used."));

    switch (entry.type) {
    case SettingType::Integer: {
        const std::optional<qint64> number = toInteger(value);
        if (!number)
            return defaulted(entry, tr("\"%1\" is not a whole number; the default %2 is used.")
                                        .arg(asString(value), entry.defaultValue.toString()));
        const auto minimum = qint64(entry.minimum);
        const auto maximum = qint64(entry.maximum);
        if (*number < minimum)
            return {QVariant(qlonglong(minimum)), SettingCheck::Outcome::Clamped,
                    tr("%1 is below the minimum; %2 is used.").arg(*number).arg(minimum)};
        if (*number > maximum)
            return {QVariant(qlonglong(maximum)), SettingCheck::Outcome::Clamped,
                    tr("%1 is above the maximum; %2 is used.").arg(*number).arg(maximum)};
        return accepted(QVariant(qlonglong(*number)));
    }
    case SettingType::Real: {
        const std::optional<double> number = toReal(value);
        if (!number)
            return defaulted(entry, tr("\"%1\" is not a number; the default %2 is used.")
                                        .arg(asString(value), entry.defaultValue.toString()));
        if (*number < entry.minimum)
            return {
                QVariant(entry.minimum), SettingCheck::Outcome::Clamped,
                tr("%1 is below the minimum; %2 is used.").arg(limitText(*number), limitText(entry.minimum))};
        if (*number > entry.maximum)
            return {
                QVariant(entry.maximum), SettingCheck::Outcome::Clamped,
                tr("%1 is above the maximum; %2 is used.").arg(limitText(*number), limitText(entry.maximum))};
        return accepted(QVariant(*number));
    }
    case SettingType::Text: {
        if (!isStringLike(value))
            return defaulted(entry, tr("Not a text; the default is used."));
        const QString text = asString(value);
        if (text.size() > qsizetype(entry.maximum))
            return defaulted(entry, tr("The text is longer than %1 characters; the default is used.")
                                        .arg(limitText(entry.maximum)));
        return accepted(QVariant(text));
    }
    case SettingType::Choice: {
        const QString text = isStringLike(value) ? asString(value).trimmed() : QString();
        for (const QString &choice : entry.choices) {
            if (text.compare(choice, Qt::CaseInsensitive) == 0)
                return accepted(QVariant(choice));
        }
        return defaulted(entry, tr("\"%1\" is not one of %2; the default \"%3\" is used.")
                                    .arg(asString(value), entry.choices.join(QLatin1String(", ")),
                                         entry.defaultValue.toString()));
    }
    case SettingType::Url: {
        QString text;
        if (value.typeId() == QMetaType::QUrl)
            text = value.toUrl().toString();
        else if (isStringLike(value))
            text = asString(value).trimmed();
        else
            return defaulted(entry,
                             tr("Not a URL; the default %1 is used.").arg(entry.defaultValue.toString()));
        const QUrl url(text, QUrl::StrictMode);
        if (const ApiError error = DialgenClient::checkBaseUrl(url); error.isError())
            return defaulted(
                entry, tr("%1 The default %2 is used.").arg(error.detail, entry.defaultValue.toString()));
        return accepted(QVariant(url.toString()));
    }
    case SettingType::TimeZoneId: {
        if (!isStringLike(value))
            return defaulted(entry, tr("Not a time zone name; the system's time zone is used."));
        const QString id = asString(value).trimmed();
        if (id.isEmpty())
            return accepted(QVariant(QString()));
        if (!isAsciiPrintable(id) || !QTimeZone::isTimeZoneIdAvailable(id.toLatin1()))
            return defaulted(entry,
                             tr("\"%1\" is not a known time zone; the system's time zone is used.").arg(id));
        return accepted(QVariant(id));
    }
    case SettingType::LanguageTag: {
        if (!isStringLike(value))
            return defaulted(entry, tr("Not a language code; the system's language is used."));
        const QString tag = asString(value).trimmed();
        if (tag.isEmpty())
            return accepted(QVariant(QString()));
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"));
        if (!pattern.match(tag).hasMatch() || QLocale(tag).language() == QLocale::C)
            return defaulted(
                entry, tr("\"%1\" is not a known language code; the system's language is used.").arg(tag));
        return accepted(QVariant(tag));
    }
    case SettingType::Bytes: {
        if (value.typeId() != QMetaType::QByteArray)
            return defaulted(entry, tr("Not binary data; the default is used."));
        const QByteArray bytes = value.toByteArray();
        if (bytes.size() > qsizetype(entry.maximum))
            return defaulted(entry,
                             tr("More than %1 bytes; the default is used.").arg(limitText(entry.maximum)));
        return accepted(QVariant(bytes));
    }
    }
    return defaulted(entry, tr("Unknown setting type; the default is used."));
}

// --- the object ---

Settings::Settings(std::unique_ptr<QSettings> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    Q_ASSERT(m_store);
}

Settings::Settings(QObject *parent)
    : Settings(std::make_unique<QSettings>(), parent)
{}

Settings::~Settings() = default;

QVariant Settings::value(SettingKey key) const
{
    const SettingSpec &entry = spec(key);
    if (!m_store->contains(entry.path))
        return entry.defaultValue;
    return check(key, m_store->value(entry.path)).value;
}

SettingCheck Settings::setValue(SettingKey key, const QVariant &value)
{
    const SettingSpec &entry = spec(key);
    const QVariant before = this->value(key);
    SettingCheck result = check(key, value);
    // Defaults are not written, so a later release can change them for everyone who never chose.
    if (result.value == entry.defaultValue)
        m_store->remove(entry.path);
    else
        m_store->setValue(entry.path, result.value);
    if (result.value != before)
        Q_EMIT changed(key);
    return result;
}

void Settings::reset(SettingKey key)
{
    const SettingSpec &entry = spec(key);
    if (!m_store->contains(entry.path))
        return;
    const QVariant before = value(key);
    m_store->remove(entry.path);
    if (before != entry.defaultValue)
        Q_EMIT changed(key);
}

void Settings::resetAll()
{
    for (const SettingKey key : allKeys())
        reset(key);
}

bool Settings::isStored(SettingKey key) const
{
    return m_store->contains(path(key));
}

QString Settings::problem(SettingKey key) const
{
    const SettingSpec &entry = spec(key);
    if (!m_store->contains(entry.path))
        return {};
    return check(key, m_store->value(entry.path)).reason;
}

QHash<SettingKey, QString> Settings::problems() const
{
    QHash<SettingKey, QString> found;
    for (const SettingKey key : allKeys()) {
        if (QString reason = problem(key); !reason.isEmpty())
            found.insert(key, reason);
    }
    return found;
}

void Settings::sync()
{
    m_store->sync();
}

QString Settings::fileName() const
{
    return m_store->fileName();
}

// --- typed access ---

qint64 Settings::integer(SettingKey key) const
{
    Q_ASSERT(spec(key).type == SettingType::Integer);
    return value(key).toLongLong();
}

double Settings::real(SettingKey key) const
{
    Q_ASSERT(spec(key).type == SettingType::Real);
    return value(key).toDouble();
}

QString Settings::text(SettingKey key) const
{
    return value(key).toString();
}

QByteArray Settings::bytes(SettingKey key) const
{
    Q_ASSERT(spec(key).type == SettingType::Bytes);
    return value(key).toByteArray();
}

QUrl Settings::baseUrl() const
{
    return QUrl(text(SettingKey::BaseUrl), QUrl::StrictMode);
}

SettingCheck Settings::setBaseUrl(const QUrl &url)
{
    return setValue(SettingKey::BaseUrl, QVariant(url));
}

QString Settings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        break;
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

Settings::Theme Settings::theme() const
{
    const QString name = text(SettingKey::Theme);
    for (const Theme candidate : {Theme::Light, Theme::Dark}) {
        if (name == themeName(candidate))
            return candidate;
    }
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    setValue(SettingKey::Theme, QVariant(themeName(theme)));
}

QString Settings::timeZoneId() const
{
    return text(SettingKey::TimeZone);
}

QTimeZone Settings::timeZone() const
{
    const QString id = timeZoneId();
    if (id.isEmpty())
        return QTimeZone::systemTimeZone();
    QTimeZone zone(id.toLatin1());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QString Settings::language() const
{
    return text(SettingKey::Language);
}

int Settings::retentionDays() const
{
    return int(integer(SettingKey::RetentionDays));
}

quint32 Settings::statusFilterMask() const
{
    return quint32(integer(SettingKey::StatusFilterMask));
}

AlertRuleConfig Settings::alertConfig(AlertKind kind) const
{
    AlertRuleConfig config = AlertRuleConfig::defaults(kind);
    switch (kind) {
    case AlertKind::FailureRate:
        config.warningThreshold = real(SettingKey::AlertFailureWarningPercent);
        config.criticalThreshold = real(SettingKey::AlertFailureCriticalPercent);
        config.windowMinutes = int(integer(SettingKey::AlertFailureWindowMinutes));
        break;
    case AlertKind::InsufficientCredits:
        config.windowMinutes = int(integer(SettingKey::AlertFailureWindowMinutes));
        break;
    case AlertKind::ScheduledBacklog:
        config.warningThreshold = double(integer(SettingKey::AlertBacklogWarning));
        config.criticalThreshold = double(integer(SettingKey::AlertBacklogCritical));
        break;
    case AlertKind::PollingDown:
        config.warningThreshold = double(integer(SettingKey::AlertPollingWarningSeconds));
        config.criticalThreshold = double(integer(SettingKey::AlertPollingCriticalSeconds));
        break;
    }
    return config;
}

QString Settings::hashWallboardPin(const QString &pin)
{
    const QByteArray salted = QByteArrayLiteral("callwatch-pin:") + pin.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(salted, QCryptographicHash::Sha256).toHex());
}

bool Settings::hasWallboardPin() const
{
    return !text(SettingKey::WallboardPinHash).isEmpty();
}

bool Settings::checkWallboardPin(const QString &pin) const
{
    const QByteArray expected = text(SettingKey::WallboardPinHash).toLatin1();
    if (expected.isEmpty())
        return true;
    const QByteArray given = hashWallboardPin(pin).toLatin1();
    // Same length (64 hex digits) on both sides; compare every byte.
    unsigned char difference = expected.size() == given.size() ? 0 : 1;
    for (qsizetype i = 0; i < qMin(expected.size(), given.size()); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ given[i]);
    return difference == 0;
}

void Settings::setWallboardPin(const QString &pin)
{
    if (pin.isEmpty())
        reset(SettingKey::WallboardPinHash);
    else
        setValue(SettingKey::WallboardPinHash, QVariant(hashWallboardPin(pin)));
}

PollScheduler::Settings Settings::pollSettings() const
{
    PollScheduler::Settings poll;
    poll.ongoingMs = integer(SettingKey::OngoingCadenceMs);
    poll.scheduledMs = integer(SettingKey::ScheduledCadenceMs);
    poll.batchMs = integer(SettingKey::BatchCadenceMs);
    poll.batchStatisticsMs = integer(SettingKey::BatchStatisticsCadenceMs);
    poll.maxInFlight = int(integer(SettingKey::MaxInFlight));
    poll.ratePerSecond = real(SettingKey::RateLimitPerSecond);
    poll.maxCallDurationS = integer(SettingKey::MaxCallDurationS);
    poll.staleAfterCadences = int(integer(SettingKey::StaleAfterCadences));
    return poll;
}

} // namespace cw

#pragma once

#include "alertrules.h"
#include "pollscheduler.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

namespace cw {

// Every setting CallWatch keeps, one registry (see Settings::spec()). The Dialgen API key is deliberately
// NOT here: it lives in the system keychain (CredentialStore) or in memory, never in the settings file.
enum class SettingKey : quint8
{
    // connection
    BaseUrl, // https:// required except for loopback hosts
             // polling (mapped onto PollScheduler::Settings)
    OngoingCadenceMs,
    ScheduledCadenceMs,
    BatchCadenceMs,
    BatchStatisticsCadenceMs,
    MaxInFlight,
    RateLimitPerSecond,
    MaxCallDurationS,
    StaleAfterCadences,
    // history
    RetentionDays, // 0 keeps history forever
                   // display
    TimeZone,      // IANA id ("Europe/Berlin"); empty = the system's zone
    Theme,         // "system", "light" or "dark"
    Language,      // "de", "pt_BR"...; empty = the system's language
                   // window (opaque blobs from QWidget::saveGeometry / QMainWindow::saveState / ...)
    WindowGeometry,
    WindowState,
    HeaderState,
    SplitterState,
    // table filter
    StatusFilterMask, // bit i: CallStatus(i) shown
    SearchText,
    BatchFilter, // batch id, empty = all

    // charts
    ChartRange, // "hour", "day", "week", "month"
    ChartStyle, // "bars" (stacked), "lines"

    // wallboard
    WallboardRotationSeconds, // 0: pages do not rotate
    WallboardPinHash,         // empty: Esc leaves at once; else hex SHA-256 of "callwatch-pin:" + PIN
    WallboardSound,           // 1: alerts also sound

    // alert rules (the wallboard's; see AlertRuleConfig)
    AlertFailureWarningPercent,
    AlertFailureCriticalPercent,
    AlertFailureWindowMinutes,
    AlertBacklogWarning,
    AlertBacklogCritical,
    AlertPollingWarningSeconds,
    AlertPollingCriticalSeconds,

    // webhook receiver (the secret lives in the keychain, like the API key)
    WebhookEnabled, // 1: the receiver runs
    WebhookAddress, // the address it binds, 127.0.0.1 by default
    WebhookPort,

    Count // sentinel, not a setting
};

// How a setting's stored value is checked and normalized.
enum class SettingType : quint8
{
    Integer, // qlonglong within [minimum, maximum]; out of range is clamped
    Real,    // double within [minimum, maximum]; out of range is clamped
    Text,    // QString of at most `maximum` characters
    Choice,  // QString, one of `choices` (case-insensitive, stored as spelled in `choices`)
    Url,     // QString accepted by DialgenClient::checkBaseUrl
    TimeZoneId,
    LanguageTag,
    Bytes, // QByteArray of at most `maximum` bytes
};

struct SettingSpec
{
    SettingKey key;
    QString path; // "polling/ongoingCadenceMs": the key in the settings file
    SettingType type;
    QVariant defaultValue;
    double minimum = 0; // Integer / Real
    double maximum = 0; // Integer / Real; Text and Bytes: maximum length
    QStringList choices;
};

// The result of checking one value against the registry.
struct SettingCheck
{
    enum class Outcome : quint8
    {
        Accepted,  // used as given (possibly normalized: trimmed, canonical spelling, converted type)
        Clamped,   // a number out of range, brought to the nearest bound
        Defaulted, // unusable (wrong type, not a number, not allowed): the default is used instead
    };
    QVariant value; // what is used (and stored)
    Outcome outcome = Outcome::Accepted;
    QString reason; // for people, empty when Accepted
    bool isAccepted() const { return outcome == Outcome::Accepted; }
};

// Typed, validated access to CallWatch's settings, over an injected QSettings (the app: the platform's
// native place; tests: an INI file in a temporary folder). One registry holds every key's file path, type,
// default and limits; reads and writes both go through it, so a hand-edited or outdated file can never
// feed an out-of-range cadence or a plain-http URL into the app. Values equal to their default are not
// written (a later release may change a default); changed() fires only when the effective value changes.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Theme : quint8
    {
        System,
        Light,
        Dark,
    };

    // Takes ownership of `store`.
    explicit Settings(std::unique_ptr<QSettings> store, QObject *parent = nullptr);
    // The platform's native settings for the application (organization and application names must be
    // set on QCoreApplication first).
    explicit Settings(QObject *parent = nullptr);
    ~Settings() override;

    // --- the registry ---
    static const SettingSpec &spec(SettingKey key);
    static QList<SettingKey> allKeys();
    static QString path(SettingKey key) { return spec(key).path; }
    static QVariant defaultValue(SettingKey key) { return spec(key).defaultValue; }
    static std::optional<SettingKey> keyFromPath(QStringView path);
    // Checks and normalizes `value` for `key` without storing anything (for dialogs that validate as
    // the user types).
    static SettingCheck check(SettingKey key, const QVariant &value);

    // --- generic access ---
    // The effective value: the stored one when valid (clamped when out of range), else the default.
    QVariant value(SettingKey key) const;
    // Validates, then stores what check() says is used (bad values -> the default). Returns the check so
    // the caller can tell the user why a value was clamped or refused.
    SettingCheck setValue(SettingKey key, const QVariant &value);
    void reset(SettingKey key);
    void resetAll();
    // A value is stored for `key` (even an invalid one).
    bool isStored(SettingKey key) const;
    // Why the value stored for `key` is not used as is; empty when it is (or nothing is stored).
    QString problem(SettingKey key) const;
    // Every stored value that is not used as is, with the reason (e.g. for a notice after start).
    QHash<SettingKey, QString> problems() const;
    void sync();
    QString fileName() const;
    QSettings &store() const { return *m_store; }

    // --- typed access ---
    qint64 integer(SettingKey key) const;
    double real(SettingKey key) const;
    QString text(SettingKey key) const;
    QByteArray bytes(SettingKey key) const;

    QUrl baseUrl() const;
    SettingCheck setBaseUrl(const QUrl &url);
    Theme theme() const;
    void setTheme(Theme theme);
    static QString themeName(Theme theme); // "system", "light", "dark"
    QString timeZoneId() const;            // empty: the system's zone
    QTimeZone timeZone() const;            // QTimeZone::systemTimeZone() when none is chosen
    QString language() const;              // empty: the system's language
    int retentionDays() const;
    quint32 statusFilterMask() const;

    // The wallboard's alert rules from the registry (hysteresis and hold times keep their defaults).
    AlertRuleConfig alertConfig(AlertKind kind) const;
    // The wallboard PIN: empty when none is set. Only a hash is stored.
    bool hasWallboardPin() const;
    bool checkWallboardPin(const QString &pin) const;
    void setWallboardPin(const QString &pin); // empty: no PIN
    static QString hashWallboardPin(const QString &pin);

    // The poll scheduler's settings from the registry (everything not configurable keeps its default).
    PollScheduler::Settings pollSettings() const;

Q_SIGNALS:
    void changed(cw::SettingKey key);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::SettingKey)

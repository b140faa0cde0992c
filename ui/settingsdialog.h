#pragma once

#include "settings.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QAbstractSpinBox;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace cw {

class ApiKeyProvider;

// The supervisor's settings: where Dialgen is and the API key (Connection), how politely CallWatch polls
// (Polling), and how it shows things (Display). Every value comes from and goes back through the Settings
// registry: the spin boxes take their ranges from it, OK checks every value with Settings::check() and
// writes it with Settings::setValue(); Cancel changes nothing; Restore Defaults resets the widgets, saved
// only by OK. The API key is not a setting: the dialog says whether a key is set and where it comes
// from, never the key itself, and saves or forgets it through the ApiKeyProvider (keychain, or this run
// only when no keychain exists). A key typed into the password field is saved by "Save key" or by OK,
// then the field is cleared; Cancel clears it without saving.
//
// Object names (for tests and the main window): "pages" (the QTabWidget), "baseUrlEdit",
// "baseUrlMessage", "apiKeyStatus", "apiKeyExplanation", "apiKeyEdit", "saveKeyButton",
// "forgetKeyButton", "ongoingCadence", "scheduledCadence", "batchCadence", "batchStatisticsCadence"
// (seconds), "maxInFlight", "rateLimit", "maxCallDuration" (minutes), "staleAfter", "retentionDays",
// "timeZoneCombo", "timeZoneMessage", "themeCombo", "languageCombo", "rotationSeconds", "alertSound",
// "pinStatus", "pinEdit", "removePinButton", "failureWarning", "failureCritical", "failureWindow",
// "backlogWarning", "backlogCritical", "pollingWarning", "pollingCritical", "webhookEnabled",
// "webhookAddress", "webhookAddressMessage", "webhookPort", "webhookUrl", "copyWebhookUrl",
// "webhookStatus", "webhookSecretStatus", "webhookSecretEdit", "webhookTestButton", "webhookTestResult",
// "buttons" (the QDialogButtonBox).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page : quint8
    {
        Connection,
        Polling,
        Display,
        Wallboard,
        Webhooks,
    };

    // `settings` must outlive the dialog. `keys` may be null (no API key section actions then).
    SettingsDialog(Settings *settings, ApiKeyProvider *keys, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    Page currentPage() const;
    // Wide enough for the explanations to read as paragraphs; the layouts still grow for longer
    // translations.
    QSize sizeHint() const override;

    // Language tags offered besides "System": "en" plus every translation compiled in as
    // ":/i18n/callwatch_<tag>.qm" (de, es, fr, pt_BR... as they arrive).
    static QStringList availableLanguages();
    // "Deutsch — German", "English"...: how a language is listed.
    static QString languageDisplayName(const QString &tag);

    // Why OK would be refused now (the first problem: base URL, then time zone); empty when all is fine.
    QString validationProblem() const;
    // The API key's status line as shown ("Stored in the system keychain"...). Never contains the key.
    QString apiKeyStatusText() const;

    // Where the webhook secret is kept (a second ApiKeyProvider on DIALGEN_WEBHOOK_SECRET and its own
    // keychain entry); null: the secret row only explains the environment variable.
    void setWebhookSecrets(ApiKeyProvider *secrets);
    // The receiver's state as the main window knows it ("Listening on …, 12 events accepted").
    void setWebhookStatus(const QString &status);
    // The address the receiver would use with the fields as edited: http://ADDR:PORT/webhooks/dialgen.
    QString webhookUrl() const;
    // Why the webhook address is refused (not an IP address); empty when fine.
    QString webhookAddressProblem() const;

Q_SIGNALS:
    // "Send test event": the main window posts a signed sample event to the running receiver.
    void webhookTestRequested();

public Q_SLOTS:
    // The answer to webhookTestRequested(), shown under the button.
    void showWebhookTestResult(bool ok, const QString &message);
    // Checks every value; when one is refused, shows why on its page and stays open. Otherwise writes
    // everything through Settings::setValue(), saves a typed API key, and closes.
    void accept() override;
    // Clears the API key field and closes without writing anything.
    void reject() override;
    // Puts the registry's defaults into the widgets (the API key is not touched). Saved only by OK.
    void restoreDefaults();

private:
    // A spin box showing a registry integer in its own unit (ms shown as s: factor 1000).
    struct IntegerField
    {
        SettingKey key;
        QSpinBox *box = nullptr;
        qint64 factor = 1;
        // What the box showed when filled and the exact value behind it, so an untouched box writes
        // back the exact stored value even when the unit rounds it (7,500 ms shown as 8 s).
        int shown = 0;
        QVariant exact;
    };

    QWidget *createConnectionPage();
    QWidget *createPollingPage();
    QWidget *createDisplayPage();
    QWidget *createWallboardPage();
    QWidget *createWebhooksPage();
    void updateWebhookSection();
    void updatePinSection();
    QSpinBox *addIntegerField(SettingKey key, qint64 factor, const QString &objectName);
    void setupKeyboard();

    void fillFromSettings();
    void fillWith(SettingKey key, const QVariant &value);
    void selectTimeZone(const QString &id);
    void selectData(QComboBox *combo, const QString &wanted);

    QString baseUrlProblem() const;
    // The time zone chosen: empty for the system's; `ok` false when the text names no zone.
    QString chosenTimeZone(bool *ok) const;
    QString timeZoneProblem() const;
    void updateBaseUrlMessage();
    void updateTimeZoneMessage();
    QVariant widgetValue(SettingKey key) const;
    QList<SettingKey> editedKeys() const;

    void updateKeySection();
    void saveKey();
    void forgetKey();

    Settings *m_settings = nullptr;
    ApiKeyProvider *m_keys = nullptr;

    QTabWidget *m_pages = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QLineEdit *m_baseUrl = nullptr;
    QWidget *m_baseUrlMessageRow = nullptr;
    QLabel *m_baseUrlMessage = nullptr;

    QLabel *m_keyStatus = nullptr;
    QLabel *m_keyExplanation = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QPushButton *m_saveKey = nullptr;
    QPushButton *m_forgetKey = nullptr;
    QTimer *m_keyRefresh = nullptr;

    QList<IntegerField> m_integers;
    QDoubleSpinBox *m_rate = nullptr;
    double m_rateShown = 0;
    QVariant m_rateExact;

    QComboBox *m_timeZone = nullptr;
    QWidget *m_timeZoneMessageRow = nullptr;
    QLabel *m_timeZoneMessage = nullptr;
    QLabel *m_timeZoneHint = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;

    QCheckBox *m_sound = nullptr;
    QLabel *m_pinStatus = nullptr;
    QLineEdit *m_pinEdit = nullptr;
    QPushButton *m_removePin = nullptr;
    bool m_removePinRequested = false;
    QDoubleSpinBox *m_failureWarning = nullptr;
    QDoubleSpinBox *m_failureCritical = nullptr;

    QCheckBox *m_webhookEnabled = nullptr;
    QLineEdit *m_webhookAddress = nullptr;
    QWidget *m_webhookAddressMessageRow = nullptr;
    QLabel *m_webhookAddressMessage = nullptr;
    QLineEdit *m_webhookUrl = nullptr;
    QLabel *m_webhookStatus = nullptr;
    QLabel *m_webhookSecretStatus = nullptr;
    QLineEdit *m_webhookSecretEdit = nullptr;
    QPushButton *m_webhookTest = nullptr;
    QLabel *m_webhookTestResult = nullptr;
    ApiKeyProvider *m_webhookSecrets = nullptr;
};

} // namespace cw

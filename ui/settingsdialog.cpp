#include "settingsdialog.h"

#include "credentialstore.h"
#include "dialgenclient.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace cw {

namespace {

Q_LOGGING_CATEGORY(lcSettingsDialog, "callwatch.settingsdialog", QtInfoMsg)

// The keys this dialog edits (window state, filters... are kept by the main window).
const QList<SettingKey> &dialogKeys()
{
    static const QList<SettingKey> keys = {
        SettingKey::BaseUrl,
        SettingKey::OngoingCadenceMs,
        SettingKey::ScheduledCadenceMs,
        SettingKey::BatchCadenceMs,
        SettingKey::BatchStatisticsCadenceMs,
        SettingKey::MaxInFlight,
        SettingKey::RateLimitPerSecond,
        SettingKey::MaxCallDurationS,
        SettingKey::StaleAfterCadences,
        SettingKey::RetentionDays,
        SettingKey::TimeZone,
        SettingKey::Theme,
        SettingKey::Language,
        SettingKey::WallboardRotationSeconds,
        SettingKey::WallboardSound,
        SettingKey::AlertFailureWarningPercent,
        SettingKey::AlertFailureCriticalPercent,
        SettingKey::AlertFailureWindowMinutes,
        SettingKey::AlertBacklogWarning,
        SettingKey::AlertBacklogCritical,
        SettingKey::AlertPollingWarningSeconds,
        SettingKey::AlertPollingCriticalSeconds,
        SettingKey::WebhookEnabled,
        SettingKey::WebhookAddress,
        SettingKey::WebhookPort,
    };
    return keys;
}

int clampToInt(double value)
{
    return int(
        qBound(double(std::numeric_limits<int>::min()), value, double(std::numeric_limits<int>::max())));
}

// A form that puts a field under its label when the label is long (German...), never cut off.
QFormLayout *makeForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

QLabel *makeHint(const QString &text, QWidget *parent)
{
    auto *hint = new QLabel(text, parent);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    return hint;
}

// A warning icon plus a wrapping text, hidden while there is nothing to say. Colour is never the only cue.
QWidget *makeMessageRow(const QString &objectName, QLabel **text, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(row);
    const int size = row->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, row);
    icon->setPixmap(row->style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, row)
                        .pixmap(QSize(size, size), row->devicePixelRatioF()));
    icon->setAccessibleName(SettingsDialog::tr("Warning"));
    layout->addWidget(icon, 0, Qt::AlignTop);
    *text = new QLabel(row);
    (*text)->setObjectName(objectName);
    (*text)->setWordWrap(true);
    (*text)->setTextFormat(Qt::PlainText); // the text may quote what the user typed
    (*text)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(*text, 1);
    row->setVisible(false);
    return row;
}

void describe(QWidget *widget, const QString &accessibleName, const QString &toolTip)
{
    widget->setAccessibleName(accessibleName);
    widget->setToolTip(toolTip);
}

} // namespace

SettingsDialog::SettingsDialog(Settings *settings, ApiKeyProvider *keys, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keys(keys)
{
    Q_ASSERT(m_settings);
    setWindowTitle(tr("CallWatch Settings"));
    setSizeGripEnabled(true);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setAccessibleName(tr("Settings pages"));
    m_pages->setDocumentMode(false);
    m_pages->addTab(createConnectionPage(), tr("&Connection"));
    m_pages->addTab(createPollingPage(), tr("&Polling"));
    m_pages->addTab(createDisplayPage(), tr("&Display"));
    m_pages->addTab(createWallboardPage(), tr("&Wallboard"));
    m_pages->addTab(createWebhooksPage(), tr("Web&hooks"));
    m_pages->setTabToolTip(int(Page::Connection), tr("The Dialgen server and the API key"));
    m_pages->setTabToolTip(int(Page::Polling), tr("How often and how politely CallWatch asks Dialgen"));
    m_pages->setTabToolTip(int(Page::Display), tr("Time zone, theme and language"));
    m_pages->setTabToolTip(int(Page::Wallboard), tr("Page rotation, the exit PIN and alert thresholds"));
    m_pages->setTabToolTip(int(Page::Webhooks),
                           tr("Let Dialgen push finished calls to CallWatch instead of waiting for a poll"));

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    describe(ok, tr("OK"), tr("Check and save every setting, then close"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    describe(cancel, tr("Cancel"), tr("Close without changing anything"));
    QPushButton *restore = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setText(tr("&Restore Defaults"));
    describe(restore, tr("Restore defaults"),
             tr("Put the default values into every field (the API key is not touched). Nothing is saved "
                "until you press OK."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(restore, &QAbstractButton::clicked, this, &SettingsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    m_keyRefresh = new QTimer(this);
    m_keyRefresh->setSingleShot(true);
    m_keyRefresh->setInterval(150);
    connect(m_keyRefresh, &QTimer::timeout, this, &SettingsDialog::updateKeySection);
    if (m_keys) {
        connect(m_keys, &ApiKeyProvider::keyChanged, this, &SettingsDialog::updateKeySection);
        connect(m_keys, &ApiKeyProvider::loaded, this, &SettingsDialog::updateKeySection);
        connect(m_keys, &ApiKeyProvider::keychainAvailabilityChanged, this,
                &SettingsDialog::updateKeySection);
    }

    setupKeyboard();
    fillFromSettings();
    updateKeySection();
    updatePinSection();
    updateWebhookSection();
    // Wrapped texts take the whole field column. With ExpandingFieldsGrow a label would keep its preferred
    // width while QFormLayout reserves its height for the full column: longer translations lost their last
    // lines.
    const auto labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->wordWrap())
            continue;
        QSizePolicy policy = label->sizePolicy();
        policy.setHorizontalPolicy(QSizePolicy::Expanding);
        label->setSizePolicy(policy);
    }
    ok->setDefault(true);
}

SettingsDialog::~SettingsDialog()
{
    // Nothing typed into the password field outlives the dialog in its undo history.
    if (m_keyEdit)
        m_keyEdit->setText(QString());
}

// --- pages ---

QWidget *SettingsDialog::createConnectionPage()
{
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);

    auto *server = new QGroupBox(tr("Dialgen server"), page);
    QFormLayout *serverForm = makeForm(server);
    m_baseUrl = new QLineEdit(server);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setPlaceholderText(Settings::defaultValue(SettingKey::BaseUrl).toString());
    m_baseUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    describe(m_baseUrl, tr("Base URL"),
             tr("The address of the Dialgen API. It must start with https://; plain http:// is accepted only "
                "for this computer (localhost, 127.0.0.1, ::1), so the API key is never sent unencrypted."));
    serverForm->addRow(tr("Base &URL:"), m_baseUrl);
    m_baseUrlMessageRow = makeMessageRow(QStringLiteral("baseUrlMessage"), &m_baseUrlMessage, server);
    serverForm->addRow(m_baseUrlMessageRow);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsDialog::updateBaseUrlMessage);
    pageLayout->addWidget(server);

    auto *key = new QGroupBox(tr("Dialgen API key"), page);
    QFormLayout *keyForm = makeForm(key);
    m_keyStatus = new QLabel(key);
    m_keyStatus->setObjectName(QStringLiteral("apiKeyStatus"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::PlainText);
    m_keyStatus->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_keyStatus->font();
    bold.setBold(true);
    m_keyStatus->setFont(bold);
    describe(m_keyStatus, tr("API key status"),
             tr("Whether an API key is set and where it comes from. The key itself is never shown."));
    keyForm->addRow(tr("Status:"), m_keyStatus);

    m_keyExplanation = new QLabel(key);
    m_keyExplanation->setObjectName(QStringLiteral("apiKeyExplanation"));
    m_keyExplanation->setWordWrap(true);
    m_keyExplanation->setTextFormat(Qt::PlainText);
    m_keyExplanation->setAccessibleName(tr("About the API key"));
    keyForm->addRow(m_keyExplanation);

    m_keyEdit = new QLineEdit(key);
    m_keyEdit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                   Qt::ImhNoAutoUppercase);
    m_keyEdit->setPlaceholderText(tr("Paste a new key here"));
    describe(m_keyEdit, tr("New API key"),
             tr("Paste the API key from your Dialgen account, then press Save key (or OK). It stays hidden, "
                "and the field is cleared once the key is saved."));
    keyForm->addRow(tr("&New key:"), m_keyEdit);

    auto *keyButtons = new QWidget(key);
    auto *keyButtonsLayout = new QHBoxLayout(keyButtons);
    keyButtonsLayout->setContentsMargins(0, 0, 0, 0);
    m_saveKey = new QPushButton(tr("&Save key"), keyButtons);
    m_saveKey->setObjectName(QStringLiteral("saveKeyButton"));
    m_saveKey->setAutoDefault(false);
    m_saveKey->setAccessibleName(tr("Save key"));
    m_forgetKey = new QPushButton(tr("&Forget key"), keyButtons);
    m_forgetKey->setObjectName(QStringLiteral("forgetKeyButton"));
    m_forgetKey->setAutoDefault(false);
    m_forgetKey->setAccessibleName(tr("Forget key"));
    keyButtonsLayout->addWidget(m_saveKey);
    keyButtonsLayout->addWidget(m_forgetKey);
    keyButtonsLayout->addStretch(1);
    keyForm->addRow(QString(), keyButtons);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateKeySection);
    connect(m_saveKey, &QAbstractButton::clicked, this, &SettingsDialog::saveKey);
    connect(m_forgetKey, &QAbstractButton::clicked, this, &SettingsDialog::forgetKey);
    pageLayout->addWidget(key);

    pageLayout->addStretch(1);
    return page;
}

QSpinBox *SettingsDialog::addIntegerField(SettingKey key, qint64 factor, const QString &objectName)
{
    const SettingSpec &spec = Settings::spec(key);
    Q_ASSERT(spec.type == SettingType::Integer && factor > 0);
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    // The registry's limits, in the box's unit, rounded inwards so every value shown is accepted as is.
    box->setRange(clampToInt(std::ceil(spec.minimum / double(factor))),
                  clampToInt(std::floor(spec.maximum / double(factor))));
    box->setAccelerated(true);
    IntegerField field;
    field.key = key;
    field.box = box;
    field.factor = factor;
    m_integers.append(field);
    return box;
}

QWidget *SettingsDialog::createPollingPage()
{
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    const QString seconds = tr(" s", "unit suffix of a spin box: seconds");

    auto *cadences = new QGroupBox(tr("How often CallWatch asks Dialgen"), page);
    QFormLayout *cadenceForm = makeForm(cadences);
    QSpinBox *ongoing = addIntegerField(SettingKey::OngoingCadenceMs, 1000, QStringLiteral("ongoingCadence"));
    ongoing->setSuffix(seconds);
    describe(ongoing, tr("Ongoing calls: seconds between checks"),
             tr("How often a call in progress (ONGOING) is checked, in seconds."));
    cadenceForm->addRow(tr("&Ongoing calls, every:"), ongoing);
    QSpinBox *scheduled =
        addIntegerField(SettingKey::ScheduledCadenceMs, 1000, QStringLiteral("scheduledCadence"));
    scheduled->setSuffix(seconds);
    describe(scheduled, tr("Scheduled calls: seconds between checks"),
             tr("How often a call waiting to be dialled (SCHEDULED) is checked, in seconds."));
    cadenceForm->addRow(tr("&Scheduled calls, every:"), scheduled);
    QSpinBox *batches = addIntegerField(SettingKey::BatchCadenceMs, 1000, QStringLiteral("batchCadence"));
    batches->setSuffix(seconds);
    describe(batches, tr("Batches: seconds between checks"),
             tr("How often the calls of a followed batch are checked (one request per batch), in seconds."));
    cadenceForm->addRow(tr("&Batches, every:"), batches);
    QSpinBox *statistics =
        addIntegerField(SettingKey::BatchStatisticsCadenceMs, 1000, QStringLiteral("batchStatisticsCadence"));
    statistics->setSuffix(seconds);
    describe(statistics, tr("Batch statistics: seconds between checks"),
             tr("How often a batch's statistics are fetched until the batch is completed or cancelled, in "
                "seconds."));
    cadenceForm->addRow(tr("Batch s&tatistics, every:"), statistics);
    pageLayout->addWidget(cadences);

    auto *limits = new QGroupBox(tr("Politeness limits"), page);
    QFormLayout *limitForm = makeForm(limits);
    QSpinBox *inFlight = addIntegerField(SettingKey::MaxInFlight, 1, QStringLiteral("maxInFlight"));
    describe(inFlight, tr("Requests in flight at most"),
             tr("How many requests to Dialgen may be under way at the same time."));
    limitForm->addRow(tr("Requests &in flight, at most:"), inFlight);
    const SettingSpec &rateSpec = Settings::spec(SettingKey::RateLimitPerSecond);
    m_rate = new QDoubleSpinBox(limits);
    m_rate->setObjectName(QStringLiteral("rateLimit"));
    m_rate->setDecimals(1);
    m_rate->setRange(rateSpec.minimum, rateSpec.maximum);
    m_rate->setSingleStep(1.0);
    m_rate->setAccelerated(true);
    describe(m_rate, tr("Requests per second at most"),
             tr("How many requests CallWatch may send to Dialgen per second, on average."));
    limitForm->addRow(tr("Requests per s&econd, at most:"), m_rate);
    pageLayout->addWidget(limits);

    auto *calls = new QGroupBox(tr("Calls and history"), page);
    QFormLayout *callForm = makeForm(calls);
    QSpinBox *duration = addIntegerField(SettingKey::MaxCallDurationS, 60, QStringLiteral("maxCallDuration"));
    duration->setSuffix(tr(" min", "unit suffix of a spin box: minutes"));
    describe(duration, tr("Maximum call duration in minutes"),
             tr("An ONGOING call running longer than this is shown as possibly stuck and checked again "
                "through Dialgen's persistent endpoint."));
    callForm->addRow(tr("Possibly stuc&k after:"), duration);
    QSpinBox *stale = addIntegerField(SettingKey::StaleAfterCadences, 1, QStringLiteral("staleAfter"));
    stale->setSuffix(tr(" missed checks", "unit suffix of a spin box"));
    describe(
        stale, tr("Mark a call stale after this many missed checks"),
        tr("A call with no successful update for this many checks in a row is shown as stale (greyed)."));
    callForm->addRow(tr("Mark st&ale after:"), stale);
    QSpinBox *retention = addIntegerField(SettingKey::RetentionDays, 1, QStringLiteral("retentionDays"));
    retention->setSuffix(tr(" days", "unit suffix of a spin box"));
    retention->setSpecialValueText(tr("Forever", "history retention of 0 days"));
    describe(retention, tr("History retention in days"),
             tr("Status changes older than this are removed from the history database. At 0 (Forever) "
                "nothing is removed."));
    callForm->addRow(tr("Keep histor&y for:"), retention);
    pageLayout->addWidget(calls);

    pageLayout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createDisplayPage()
{
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    auto *group = new QGroupBox(tr("Display"), page);
    QFormLayout *form = makeForm(group);

    m_timeZone = new QComboBox(group);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setMaxVisibleItems(16);
    m_timeZone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_timeZone->setMinimumContentsLength(24);
    m_timeZone->addItem(tr("System (%1)", "the computer's own time zone")
                            .arg(QString::fromLatin1(QTimeZone::systemTimeZoneId())),
                        QString());
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones) {
        const QString id = QString::fromLatin1(zone);
        m_timeZone->addItem(id, id);
    }
    // Typing any part of a zone's name ("berl", "york") offers the matching zones.
    auto *completer = new QCompleter(m_timeZone->model(), m_timeZone);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_timeZone->setCompleter(completer);
    describe(m_timeZone, tr("Time zone for day boundaries"),
             tr("Days (\"today\", daily counts and charts) begin at midnight in this time zone. Type part of "
                "a name, such as \"Berlin\", to search."));
    form->addRow(tr("Time &zone:"), m_timeZone);
    m_timeZoneMessageRow = makeMessageRow(QStringLiteral("timeZoneMessage"), &m_timeZoneMessage, group);
    form->addRow(QString(), m_timeZoneMessageRow);
    m_timeZoneHint = makeHint(QString(), group);
    m_timeZoneHint->setObjectName(QStringLiteral("timeZoneHint"));
    form->addRow(QString(), m_timeZoneHint);
    connect(m_timeZone, &QComboBox::editTextChanged, this, &SettingsDialog::updateTimeZoneMessage);

    m_theme = new QComboBox(group);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System", "theme"), Settings::themeName(Settings::Theme::System));
    m_theme->addItem(tr("Light", "theme"), Settings::themeName(Settings::Theme::Light));
    m_theme->addItem(tr("Dark", "theme"), Settings::themeName(Settings::Theme::Dark));
    describe(m_theme, tr("Theme"),
             tr("Light or dark colours; System follows the colours of your desktop. Statuses always show an "
                "icon and a text as well as a colour."));
    form->addRow(tr("&Theme:"), m_theme);

    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    const QLocale::Language systemLanguage = QLocale::system().language();
    m_language->addItem(
        systemLanguage == QLocale::C || systemLanguage == QLocale::AnyLanguage
            ? tr("System", "language")
            : tr("System (%1)", "the computer's own language").arg(QLocale::languageToString(systemLanguage)),
        QString());
    const QStringList languages = availableLanguages();
    for (const QString &tag : languages)
        m_language->addItem(languageDisplayName(tag), tag);
    describe(m_language, tr("Language"),
             tr("The language of CallWatch's window. System uses your desktop's language when CallWatch "
                "has a translation for it, English otherwise."));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), makeHint(tr("A new language applies the next time CallWatch starts."), group));

    pageLayout->addWidget(group);
    pageLayout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createWallboardPage()
{
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    const QString seconds = tr(" s", "unit suffix of a spin box: seconds");

    auto *board = new QGroupBox(tr("Wallboard"), page);
    QFormLayout *boardForm = makeForm(board);
    QSpinBox *rotation =
        addIntegerField(SettingKey::WallboardRotationSeconds, 1, QStringLiteral("rotationSeconds"));
    rotation->setSuffix(seconds);
    rotation->setSpecialValueText(tr("Never", "wallboard pages do not rotate"));
    describe(rotation, tr("Seconds between wallboard pages"),
             tr("The wallboard shows its pages in turn, this many seconds each. An alert that has not been "
                "acknowledged keeps its page on screen."));
    boardForm->addRow(tr("Ne&xt page every:"), rotation);
    m_sound = new QCheckBox(tr("Play a &sound when an alert is raised"), board);
    m_sound->setObjectName(QStringLiteral("alertSound"));
    describe(m_sound, tr("Alert sound"), tr("Besides the highlighted tile and the notification."));
    boardForm->addRow(QString(), m_sound);

    m_pinStatus = new QLabel(board);
    m_pinStatus->setObjectName(QStringLiteral("pinStatus"));
    m_pinStatus->setWordWrap(true);
    boardForm->addRow(tr("Exit PIN:"), m_pinStatus);
    auto *pinRow = new QWidget(board);
    auto *pinLayout = new QHBoxLayout(pinRow);
    pinLayout->setContentsMargins(0, 0, 0, 0);
    m_pinEdit = new QLineEdit(pinRow);
    m_pinEdit->setObjectName(QStringLiteral("pinEdit"));
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_pinEdit->setMaxLength(12);
    m_pinEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_pinEdit));
    m_pinEdit->setPlaceholderText(tr("4 to 12 digits"));
    describe(m_pinEdit, tr("New wallboard PIN"),
             tr("When a PIN is set, leaving the wallboard with Esc asks for it. Only a hash of the PIN is "
                "stored."));
    pinLayout->addWidget(m_pinEdit, 1);
    m_removePin = new QPushButton(tr("Remo&ve PIN"), pinRow);
    m_removePin->setObjectName(QStringLiteral("removePinButton"));
    describe(m_removePin, tr("Remove the PIN"), tr("Esc leaves the wallboard at once (saved by OK)."));
    pinLayout->addWidget(m_removePin);
    pinRow->setFocusProxy(m_pinEdit);
    boardForm->addRow(tr("New P&IN:"), pinRow);
    connect(m_removePin, &QPushButton::clicked, this, [this] {
        m_removePinRequested = true;
        m_pinEdit->clear();
        updatePinSection();
    });
    connect(m_pinEdit, &QLineEdit::textChanged, this, &SettingsDialog::updatePinSection);
    pageLayout->addWidget(board);

    auto *alerts = new QGroupBox(tr("Alerts"), page);
    QFormLayout *alertForm = makeForm(alerts);
    const auto percentBox = [alerts](SettingKey key, const QString &name) {
        const SettingSpec &spec = Settings::spec(key);
        auto *box = new QDoubleSpinBox(alerts);
        box->setObjectName(name);
        box->setDecimals(1);
        box->setRange(spec.minimum, spec.maximum);
        box->setSingleStep(1.0);
        box->setSuffix(tr(" %", "unit suffix of a spin box: percent"));
        return box;
    };
    m_failureWarning = percentBox(SettingKey::AlertFailureWarningPercent, QStringLiteral("failureWarning"));
    describe(m_failureWarning, tr("Failure rate warning level in percent"),
             tr("Warn when more than this share of the calls that ended recently FAILED."));
    m_failureCritical =
        percentBox(SettingKey::AlertFailureCriticalPercent, QStringLiteral("failureCritical"));
    describe(m_failureCritical, tr("Failure rate critical level in percent"),
             tr("Critical when more than this share of the calls that ended recently FAILED."));
    auto *failureRow = new QWidget(alerts);
    auto *failureLayout = new QHBoxLayout(failureRow);
    failureLayout->setContentsMargins(0, 0, 0, 0);
    failureLayout->addWidget(new QLabel(tr("warning above"), failureRow));
    failureLayout->addWidget(m_failureWarning);
    failureLayout->addWidget(new QLabel(tr("critical above"), failureRow));
    failureLayout->addWidget(m_failureCritical);
    failureLayout->addStretch(1);
    failureRow->setFocusProxy(m_failureWarning);
    alertForm->addRow(tr("&Failure rate:"), failureRow);
    QSpinBox *window =
        addIntegerField(SettingKey::AlertFailureWindowMinutes, 1, QStringLiteral("failureWindow"));
    window->setSuffix(tr(" min", "unit suffix of a spin box: minutes"));
    describe(window, tr("Failure rate window in minutes"),
             tr("The failure rate and INSUFFICIENT_CREDITS alerts look at the calls that ended in this many "
                "past minutes."));
    alertForm->addRow(tr("Over the &last:"), window);
    const auto pairRow = [alerts](QSpinBox *warning, QSpinBox *critical) {
        auto *row = new QWidget(alerts);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new QLabel(tr("warning above"), row));
        layout->addWidget(warning);
        layout->addWidget(new QLabel(tr("critical above"), row));
        layout->addWidget(critical);
        layout->addStretch(1);
        row->setFocusProxy(warning);
        return row;
    };
    QSpinBox *backlogWarning =
        addIntegerField(SettingKey::AlertBacklogWarning, 1, QStringLiteral("backlogWarning"));
    QSpinBox *backlogCritical =
        addIntegerField(SettingKey::AlertBacklogCritical, 1, QStringLiteral("backlogCritical"));
    describe(backlogWarning, tr("Scheduled backlog warning level in calls"),
             tr("Warn when more calls than this wait to be dialled (SCHEDULED)."));
    describe(backlogCritical, tr("Scheduled backlog critical level in calls"),
             tr("Critical when more calls than this wait to be dialled (SCHEDULED)."));
    alertForm->addRow(tr("Scheduled &backlog:"), pairRow(backlogWarning, backlogCritical));
    QSpinBox *pollingWarning =
        addIntegerField(SettingKey::AlertPollingWarningSeconds, 1, QStringLiteral("pollingWarning"));
    QSpinBox *pollingCritical =
        addIntegerField(SettingKey::AlertPollingCriticalSeconds, 1, QStringLiteral("pollingCritical"));
    pollingWarning->setSuffix(seconds);
    pollingCritical->setSuffix(seconds);
    describe(pollingWarning, tr("Polling down warning level in seconds"),
             tr("Warn when Dialgen has not answered for this many seconds."));
    describe(pollingCritical, tr("Polling down critical level in seconds"),
             tr("Critical when Dialgen has not answered for this many seconds."));
    alertForm->addRow(tr("&No answer from Dialgen:"), pairRow(pollingWarning, pollingCritical));
    alertForm->addRow(QString(), makeHint(tr("Any call that ends with INSUFFICIENT_CREDITS raises a critical "
                                             "alert. Alerts stay on screen until acknowledged (key A on the "
                                             "wallboard)."),
                                          alerts));
    pageLayout->addWidget(alerts);
    pageLayout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createWebhooksPage()
{
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    auto *group = new QGroupBox(tr("Webhook receiver"), page);
    QFormLayout *form = makeForm(group);

    m_webhookEnabled = new QCheckBox(tr("&Listen for webhooks from Dialgen"), group);
    m_webhookEnabled->setObjectName(QStringLiteral("webhookEnabled"));
    describe(m_webhookEnabled, tr("Receive webhooks"),
             tr("Finished calls show up the moment Dialgen reports them; polling stays on as the safety "
                "net."));
    form->addRow(QString(), m_webhookEnabled);

    m_webhookAddress = new QLineEdit(group);
    m_webhookAddress->setObjectName(QStringLiteral("webhookAddress"));
    m_webhookAddress->setPlaceholderText(QStringLiteral("127.0.0.1"));
    describe(m_webhookAddress, tr("Address to listen on"),
             tr("127.0.0.1 accepts deliveries from this computer only (through a tunnel or reverse proxy). "
                "0.0.0.0 listens on every network."));
    form->addRow(tr("Listen on &address:"), m_webhookAddress);
    m_webhookAddressMessageRow =
        makeMessageRow(QStringLiteral("webhookAddressMessage"), &m_webhookAddressMessage, group);
    form->addRow(QString(), m_webhookAddressMessageRow);
    QSpinBox *port = addIntegerField(SettingKey::WebhookPort, 1, QStringLiteral("webhookPort"));
    port->setGroupSeparatorShown(false);
    describe(port, tr("Port to listen on"), tr("The TCP port of the receiver."));
    form->addRow(tr("P&ort:"), port);

    auto *urlRow = new QWidget(group);
    auto *urlLayout = new QHBoxLayout(urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    m_webhookUrl = new QLineEdit(urlRow);
    m_webhookUrl->setObjectName(QStringLiteral("webhookUrl"));
    m_webhookUrl->setReadOnly(true);
    describe(m_webhookUrl, tr("Webhook URL"),
             tr("Where the receiver accepts deliveries. Give Dialgen the public HTTPS address of your "
                "reverse proxy or tunnel that forwards here."));
    urlLayout->addWidget(m_webhookUrl, 1);
    auto *copy = new QPushButton(tr("Cop&y"), urlRow);
    copy->setObjectName(QStringLiteral("copyWebhookUrl"));
    describe(copy, tr("Copy the webhook URL"), tr("Copy the URL to the clipboard."));
    urlLayout->addWidget(copy);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            clipboard->setText(m_webhookUrl->text());
    });
    urlRow->setFocusProxy(m_webhookUrl);
    form->addRow(tr("&URL:"), urlRow);

    m_webhookSecretStatus = new QLabel(group);
    m_webhookSecretStatus->setObjectName(QStringLiteral("webhookSecretStatus"));
    m_webhookSecretStatus->setWordWrap(true);
    form->addRow(tr("Secret:"), m_webhookSecretStatus);
    m_webhookSecretEdit = new QLineEdit(group);
    m_webhookSecretEdit->setObjectName(QStringLiteral("webhookSecretEdit"));
    m_webhookSecretEdit->setEchoMode(QLineEdit::Password);
    m_webhookSecretEdit->setPlaceholderText(tr("The shared secret configured at Dialgen"));
    describe(m_webhookSecretEdit, tr("New webhook secret"),
             tr("Deliveries must carry x-dialgen-signature, the HMAC-SHA256 of the body with this secret. "
                "Kept in the system keychain, never in the settings file."));
    form->addRow(tr("New secre&t:"), m_webhookSecretEdit);

    m_webhookStatus = new QLabel(tr("The receiver is off."), group);
    m_webhookStatus->setObjectName(QStringLiteral("webhookStatus"));
    m_webhookStatus->setWordWrap(true);
    m_webhookStatus->setTextFormat(Qt::PlainText);
    form->addRow(tr("Status:"), m_webhookStatus);
    auto *testRow = new QWidget(group);
    auto *testLayout = new QHBoxLayout(testRow);
    testLayout->setContentsMargins(0, 0, 0, 0);
    m_webhookTest = new QPushButton(tr("&Send test event"), testRow);
    m_webhookTest->setObjectName(QStringLiteral("webhookTestButton"));
    describe(m_webhookTest, tr("Send a test event"),
             tr("Posts a signed sample event to the running receiver and reports what it answered."));
    testLayout->addWidget(m_webhookTest);
    m_webhookTestResult = new QLabel(testRow);
    m_webhookTestResult->setObjectName(QStringLiteral("webhookTestResult"));
    m_webhookTestResult->setWordWrap(true);
    m_webhookTestResult->setTextFormat(Qt::PlainText);
    testLayout->addWidget(m_webhookTestResult, 1);
    form->addRow(QString(), testRow);
    connect(m_webhookTest, &QPushButton::clicked, this, [this] {
        m_webhookTestResult->setText(tr("Sending…"));
        Q_EMIT webhookTestRequested();
    });
    pageLayout->addWidget(group);
    pageLayout->addWidget(makeHint(
        tr("Never expose the receiver to the internet directly: it speaks plain HTTP. Put a reverse proxy "
           "or a tunnel with TLS in front of it and keep it on 127.0.0.1. The README explains how."),
        page));
    pageLayout->addStretch(1);

    connect(m_webhookAddress, &QLineEdit::textChanged, this, &SettingsDialog::updateWebhookSection);
    connect(port, &QSpinBox::valueChanged, this, &SettingsDialog::updateWebhookSection);
    connect(m_webhookEnabled, &QCheckBox::toggled, this, &SettingsDialog::updateWebhookSection);
    return page;
}

QString SettingsDialog::webhookAddressProblem() const
{
    const QString text = m_webhookAddress->text().trimmed();
    if (text.isEmpty())
        return {};
    if (QHostAddress(text).isNull())
        return tr("\"%1\" is not an IP address. Use 127.0.0.1 (this computer only), ::1 or 0.0.0.0.")
            .arg(text);
    return {};
}

QString SettingsDialog::webhookUrl() const
{
    QString address = m_webhookAddress->text().trimmed();
    if (address.isEmpty())
        address = QStringLiteral("127.0.0.1");
    QHostAddress host(address);
    if (host == QHostAddress::AnyIPv4 || host == QHostAddress::Any)
        address = QStringLiteral("127.0.0.1");
    else if (host.protocol() == QAbstractSocket::IPv6Protocol)
        address = QLatin1Char('[') + address + QLatin1Char(']');
    int port = 0;
    for (const IntegerField &field : m_integers) {
        if (field.key == SettingKey::WebhookPort)
            port = field.box->value();
    }
    return QStringLiteral("http://%1:%2/webhooks/dialgen").arg(address).arg(port);
}

void SettingsDialog::updateWebhookSection()
{
    if (!m_webhookUrl)
        return;
    const QString problem = webhookAddressProblem();
    QString message = problem;
    if (problem.isEmpty()) {
        const QHostAddress host(m_webhookAddress->text().trimmed());
        if (!host.isNull() && !host.isLoopback())
            message = tr("Other computers can reach this address. Keep the receiver behind a TLS reverse "
                         "proxy or firewall, and set a secret.");
    }
    m_webhookAddressMessage->setText(message);
    m_webhookAddressMessageRow->setVisible(!message.isEmpty());
    m_webhookUrl->setText(webhookUrl());

    if (!m_webhookSecretStatus)
        return;
    const QString variable =
        m_webhookSecrets ? m_webhookSecrets->environmentVariable() : QStringLiteral("DIALGEN_WEBHOOK_SECRET");
    QString secretStatus;
    bool editable = m_webhookSecrets != nullptr;
    if (!m_webhookSecrets) {
        secretStatus = tr("Set the %1 environment variable before starting CallWatch.").arg(variable);
    } else {
        switch (m_webhookSecrets->source()) {
        case ApiKeyProvider::Source::Environment:
            secretStatus = tr("Taken from the %1 environment variable.").arg(variable);
            editable = false;
            break;
        case ApiKeyProvider::Source::Keychain:
            secretStatus = tr("Stored in the system keychain. Deliveries must be signed.");
            break;
        case ApiKeyProvider::Source::Session:
            secretStatus = tr("Kept for this run only (no keychain available). Deliveries must be signed.");
            break;
        case ApiKeyProvider::Source::None:
            secretStatus = tr("None: deliveries are not checked. Set a secret, or use %1.").arg(variable);
            break;
        }
    }
    m_webhookSecretStatus->setText(secretStatus);
    m_webhookSecretEdit->setEnabled(editable);
}

void SettingsDialog::updatePinSection()
{
    const bool typed = !m_pinEdit->text().isEmpty();
    const bool stored = m_settings->hasWallboardPin() && !m_removePinRequested;
    if (typed)
        m_pinStatus->setText(tr("The new PIN is saved when you press OK."));
    else if (stored)
        m_pinStatus->setText(tr("Set: Esc on the wallboard asks for the PIN."));
    else if (m_settings->hasWallboardPin())
        m_pinStatus->setText(tr("Removed when you press OK: Esc will leave the wallboard at once."));
    else
        m_pinStatus->setText(tr("None: Esc leaves the wallboard at once."));
    m_removePin->setEnabled(stored);
}

void SettingsDialog::setWebhookSecrets(ApiKeyProvider *secrets)
{
    m_webhookSecrets = secrets;
    if (secrets) {
        connect(secrets, &ApiKeyProvider::keyChanged, this, &SettingsDialog::updateWebhookSection);
        connect(secrets, &ApiKeyProvider::loaded, this, &SettingsDialog::updateWebhookSection);
    }
    updateWebhookSection();
}

void SettingsDialog::setWebhookStatus(const QString &status)
{
    m_webhookStatus->setText(status);
}

void SettingsDialog::showWebhookTestResult(bool ok, const QString &message)
{
    m_webhookTestResult->setText((ok ? tr("Delivered: %1") : tr("Failed: %1")).arg(message));
}

void SettingsDialog::setupKeyboard()
{
    // One path through every field, page by page, then the buttons (hidden pages are skipped).
    QList<QWidget *> order = {m_baseUrl, m_keyEdit, m_saveKey, m_forgetKey};
    // Integer fields are listed in the order the pages create them; the other widgets go around them.
    for (const IntegerField &field : std::as_const(m_integers)) {
        if (field.key == SettingKey::WallboardRotationSeconds)
            order << m_timeZone << m_theme << m_language;
        if (field.key == SettingKey::AlertFailureWindowMinutes)
            order << m_failureWarning << m_failureCritical;
        if (field.key == SettingKey::WebhookPort)
            order << m_webhookEnabled << m_webhookAddress;
        order.append(field.box);
        if (field.key == SettingKey::MaxInFlight)
            order.append(m_rate);
        if (field.key == SettingKey::WallboardRotationSeconds)
            order << m_sound << m_pinEdit << m_removePin;
    }
    order << m_webhookUrl << m_webhookSecretEdit << m_webhookTest;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

// --- values ---

void SettingsDialog::fillFromSettings()
{
    for (const SettingKey key : dialogKeys())
        fillWith(key, m_settings->value(key));
}

void SettingsDialog::restoreDefaults()
{
    for (const SettingKey key : dialogKeys())
        fillWith(key, Settings::defaultValue(key));
}

void SettingsDialog::fillWith(SettingKey key, const QVariant &value)
{
    switch (key) {
    case SettingKey::BaseUrl:
        m_baseUrl->setText(value.toString());
        updateBaseUrlMessage();
        return;
    case SettingKey::RateLimitPerSecond:
        m_rate->setValue(value.toDouble());
        m_rateShown = m_rate->value();
        m_rateExact = value;
        return;
    case SettingKey::TimeZone:
        selectTimeZone(value.toString());
        return;
    case SettingKey::Theme:
        selectData(m_theme, value.toString());
        return;
    case SettingKey::Language:
        selectData(m_language, value.toString());
        return;
    case SettingKey::WallboardSound:
        m_sound->setChecked(value.toLongLong() != 0);
        return;
    case SettingKey::WebhookEnabled:
        m_webhookEnabled->setChecked(value.toLongLong() != 0);
        return;
    case SettingKey::AlertFailureWarningPercent:
        m_failureWarning->setValue(value.toDouble());
        return;
    case SettingKey::AlertFailureCriticalPercent:
        m_failureCritical->setValue(value.toDouble());
        return;
    case SettingKey::WebhookAddress:
        m_webhookAddress->setText(value.toString());
        updateWebhookSection();
        return;
    default:
        break;
    }
    for (IntegerField &field : m_integers) {
        if (field.key != key)
            continue;
        const double scaled = std::round(double(value.toLongLong()) / double(field.factor));
        field.box->setValue(clampToInt(scaled)); // the box clamps to its range
        field.shown = field.box->value();
        field.exact = value;
        return;
    }
    Q_ASSERT_X(false, "SettingsDialog::fillWith", "a key without a widget");
}

void SettingsDialog::selectTimeZone(const QString &id)
{
    const int index = id.isEmpty() ? 0 : m_timeZone->findData(id);
    if (index >= 0) {
        m_timeZone->setCurrentIndex(index);
        // setCurrentIndex() keeps an edited text when the index does not change.
        m_timeZone->setEditText(m_timeZone->itemText(index));
    } else {
        m_timeZone->setEditText(id);
    }
    updateTimeZoneMessage();
}

void SettingsDialog::selectData(QComboBox *combo, const QString &wanted)
{
    int index = combo->findData(wanted);
    if (index < 0 && combo == m_language) {
        // A language chosen earlier whose translation is not here: keep offering it, so OK keeps it.
        combo->addItem(languageDisplayName(wanted), wanted);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(index, 0));
}

QList<SettingKey> SettingsDialog::editedKeys() const
{
    return dialogKeys();
}

QVariant SettingsDialog::widgetValue(SettingKey key) const
{
    switch (key) {
    case SettingKey::BaseUrl:
        return QVariant(m_baseUrl->text().trimmed());
    case SettingKey::RateLimitPerSecond:
        // Untouched: the exact stored value, even when the box rounds it to one decimal.
        return m_rate->value() == m_rateShown ? m_rateExact : QVariant(m_rate->value());
    case SettingKey::TimeZone: {
        bool ok = false;
        return QVariant(chosenTimeZone(&ok));
    }
    case SettingKey::Theme:
        return m_theme->currentData();
    case SettingKey::Language:
        return m_language->currentData();
    case SettingKey::WallboardSound:
        return QVariant(qlonglong(m_sound->isChecked() ? 1 : 0));
    case SettingKey::WebhookEnabled:
        return QVariant(qlonglong(m_webhookEnabled->isChecked() ? 1 : 0));
    case SettingKey::AlertFailureWarningPercent:
        return QVariant(m_failureWarning->value());
    case SettingKey::AlertFailureCriticalPercent:
        return QVariant(m_failureCritical->value());
    case SettingKey::WebhookAddress:
        return QVariant(m_webhookAddress->text().trimmed());
    default:
        break;
    }
    for (const IntegerField &field : m_integers) {
        if (field.key != key)
            continue;
        if (field.box->value() == field.shown)
            return field.exact;
        return QVariant(qlonglong(field.box->value()) * field.factor);
    }
    return {};
}

QString SettingsDialog::baseUrlProblem() const
{
    const QString text = m_baseUrl->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the address of the Dialgen API, for example %1.")
            .arg(Settings::defaultValue(SettingKey::BaseUrl).toString());
    const QUrl url(text, QUrl::StrictMode);
    const ApiError error = DialgenClient::checkBaseUrl(url);
    if (!error.isError())
        return {};
    // The same rules as the client's, in words for the settings dialog.
    if (!url.isValid() || url.host().isEmpty()) {
        if (!text.contains(QLatin1String("://")))
            return tr("This is not a complete web address: it must start with https://.");
        return tr("This is not a valid web address.");
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The address must start with https://.");
    if (scheme == QLatin1String("http"))
        return tr("HTTPS is required for %1: plain http:// is accepted only for this computer (localhost, "
                  "127.0.0.1, ::1), so the API key is never sent unencrypted.")
            .arg(url.host());
    if (!url.userInfo().isEmpty())
        return tr("The address must not contain a user name or password.");
    return error.detail;
}

QString SettingsDialog::chosenTimeZone(bool *ok) const
{
    *ok = true;
    const QString text = m_timeZone->currentText().trimmed();
    if (text.isEmpty() || text.compare(m_timeZone->itemText(0), Qt::CaseInsensitive) == 0 ||
        text.compare(tr("System", "time zone"), Qt::CaseInsensitive) == 0)
        return {};
    const int index = m_timeZone->findText(text, Qt::MatchFixedString); // case-insensitive
    if (index >= 0)
        return m_timeZone->itemData(index).toString();
    const SettingCheck check = Settings::check(SettingKey::TimeZone, QVariant(text));
    if (check.isAccepted())
        return check.value.toString();
    *ok = false;
    return {};
}

QString SettingsDialog::timeZoneProblem() const
{
    bool ok = false;
    chosenTimeZone(&ok);
    if (ok)
        return {};
    return tr("\"%1\" is not a time zone CallWatch knows. Choose one from the list, or System.")
        .arg(m_timeZone->currentText().trimmed());
}

QString SettingsDialog::validationProblem() const
{
    if (QString problem = baseUrlProblem(); !problem.isEmpty())
        return problem;
    return timeZoneProblem();
}

void SettingsDialog::updateBaseUrlMessage()
{
    const QString problem = baseUrlProblem();
    m_baseUrlMessage->setText(problem);
    m_baseUrlMessageRow->setVisible(!problem.isEmpty());
    m_baseUrl->setAccessibleDescription(problem);
}

void SettingsDialog::updateTimeZoneMessage()
{
    const QString problem = timeZoneProblem();
    m_timeZoneMessage->setText(problem);
    m_timeZoneMessageRow->setVisible(!problem.isEmpty());
    m_timeZone->setAccessibleDescription(problem);
    m_timeZoneHint->setVisible(problem.isEmpty());
    if (!problem.isEmpty())
        return;
    bool ok = false;
    const QString id = chosenTimeZone(&ok);
    const QTimeZone zone = id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id.toLatin1());
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(zone);
    m_timeZoneHint->setText(
        tr("Days (\"today\", daily counts and charts) begin at midnight in this zone. It is now %1 there.")
            .arg(locale().toString(now.time(), QLocale::ShortFormat)));
}

void SettingsDialog::accept()
{
    if (const QString problem = baseUrlProblem(); !problem.isEmpty()) {
        updateBaseUrlMessage();
        showPage(Page::Connection);
        m_baseUrl->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (const QString problem = timeZoneProblem(); !problem.isEmpty()) {
        updateTimeZoneMessage();
        showPage(Page::Display);
        m_timeZone->setFocus(Qt::OtherFocusReason);
        return;
    }

    if (const QString problem = webhookAddressProblem(); !problem.isEmpty()) {
        updateWebhookSection();
        showPage(Page::Webhooks);
        m_webhookAddress->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (const QString pin = m_pinEdit->text(); !pin.isEmpty() && pin.size() < 4) {
        m_pinStatus->setText(tr("A PIN needs at least 4 digits."));
        showPage(Page::Wallboard);
        m_pinEdit->setFocus(Qt::OtherFocusReason);
        return;
    }

    // Everything is checked before anything is written, so a refusal never leaves half the values saved.
    QList<std::pair<SettingKey, QVariant>> values;
    for (const SettingKey key : editedKeys()) {
        const SettingCheck check = Settings::check(key, widgetValue(key));
        if (check.outcome == SettingCheck::Outcome::Defaulted) {
            // The widgets only offer acceptable values; should one slip through, the stored value stays.
            qCWarning(lcSettingsDialog).noquote()
                << "not saving" << Settings::path(key) << "from the settings dialog:" << check.reason;
            continue;
        }
        values.append({key, check.value});
    }
    // A key typed but not saved yet is saved by OK too (Cancel drops it).
    if (m_keys && m_keyEdit->isEnabled() && !m_keyEdit->text().trimmed().isEmpty())
        saveKey();
    if (m_webhookSecrets && m_webhookSecretEdit->isEnabled() &&
        !m_webhookSecretEdit->text().trimmed().isEmpty()) {
        m_webhookSecrets->storeKey(m_webhookSecretEdit->text().trimmed());
        m_webhookSecretEdit->setText(QString());
    }
    for (const auto &[key, value] : std::as_const(values))
        m_settings->setValue(key, value);
    if (!m_pinEdit->text().isEmpty())
        m_settings->setWallboardPin(m_pinEdit->text());
    else if (m_removePinRequested)
        m_settings->setWallboardPin({});
    m_pinEdit->setText(QString());
    m_settings->sync();
    QDialog::accept();
}

void SettingsDialog::reject()
{
    m_keyEdit->setText(QString());
    m_pinEdit->setText(QString());
    m_webhookSecretEdit->setText(QString());
    QDialog::reject();
}

void SettingsDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

QSize SettingsDialog::sizeHint() const
{
    // About 88 average characters: a width, not a limit (the dialog can be resized either way).
    const QSize base = QDialog::sizeHint();
    return {qMax(base.width(), fontMetrics().averageCharWidth() * 88), base.height()};
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(qBound(0, m_pages->currentIndex(), int(Page::Webhooks)));
}

// --- the API key ---

QString SettingsDialog::apiKeyStatusText() const
{
    return m_keyStatus->text();
}

void SettingsDialog::updateKeySection()
{
    using Source = ApiKeyProvider::Source;
    const Source source = m_keys ? m_keys->source() : Source::None;
    const bool keychain = !m_keys || m_keys->keychainAvailable();
    const bool busy = m_keys && m_keys->isBusy();
    const QString variable =
        m_keys ? m_keys->environmentVariable() : ApiKeyProvider::defaultEnvironmentVariable();
    const QString problem = m_keys ? m_keys->keychainProblem() : QString();
    const QString noKeychain =
        tr("CallWatch never stores the key in plain text, so without a keychain it asks for the key each "
           "time it starts.");

    QString status;
    QString explanation;
    switch (source) {
    case Source::Environment:
        status = tr("Set in the %1 environment variable — it overrides the keychain").arg(variable);
        explanation = tr("The variable wins over any key saved here. To save or forget a key in CallWatch, "
                         "unset %1 and start CallWatch again.")
                          .arg(variable);
        break;
    case Source::Keychain:
        status = tr("Stored in the system keychain");
        explanation = tr("CallWatch reads it from the keychain when it starts. Save a new key to replace it, "
                         "or forget it to remove it from the keychain.");
        break;
    case Source::Session:
        if (keychain && busy) {
            status = tr("Saving in the system keychain…");
        } else if (!keychain) {
            status = tr("Kept for this session only: no keychain is available (%1)").arg(problem);
            explanation = noKeychain;
        } else {
            status = tr("Kept for this session only");
            explanation = tr("It is forgotten when CallWatch quits. Enter it again and save it to keep it in "
                             "the system keychain.");
        }
        break;
    case Source::None:
        if (m_keys && !m_keys->isLoaded() && busy) {
            status = tr("Looking in the system keychain…");
        } else {
            status = tr("Not set");
            if (!m_keys)
                explanation = tr("CallWatch cannot manage the API key here.");
            else if (keychain)
                explanation = tr("Enter the API key from your Dialgen account and save it: it is kept in the "
                                 "system keychain, never in the settings file.");
            else
                explanation = tr("No keychain is available (%1). A key entered here is kept for this session "
                                 "only.")
                                  .arg(problem) +
                              u' ' + noKeychain;
        }
        break;
    }
    m_keyStatus->setText(status);
    m_keyExplanation->setText(explanation);
    m_keyExplanation->setVisible(!explanation.isEmpty());
    m_keyExplanation->setAccessibleDescription(explanation);

    const bool canEnter = m_keys && source != Source::Environment;
    m_keyEdit->setEnabled(canEnter);
    m_saveKey->setEnabled(canEnter && !m_keyEdit->text().trimmed().isEmpty());
    m_forgetKey->setEnabled(m_keys && (source == Source::Keychain || source == Source::Session));
    if (source == Source::Environment) {
        const QString why =
            tr("The %1 environment variable is in charge: it wins over any key saved here.").arg(variable);
        m_saveKey->setToolTip(why);
        m_forgetKey->setToolTip(why);
    } else {
        m_saveKey->setToolTip(keychain ? tr("Keep the key in the system keychain and use it from now on")
                                       : tr("No keychain is available: use the key for this session only"));
        m_forgetKey->setToolTip(tr("Stop using the key and remove it from the system keychain"));
    }
    // The keychain answers later; look again until it has.
    if (busy)
        m_keyRefresh->start();
}

void SettingsDialog::saveKey()
{
    // setText() (unlike clear()) also drops the field's undo history, so the key is not kept there.
    const QString key = m_keyEdit->text().trimmed();
    m_keyEdit->setText(QString());
    if (!m_keys || key.isEmpty() || m_keys->source() == ApiKeyProvider::Source::Environment)
        return;
    m_keys->storeKey(key);
    updateKeySection();
}

void SettingsDialog::forgetKey()
{
    m_keyEdit->setText(QString());
    if (m_keys)
        m_keys->forgetKey();
    updateKeySection();
}

// --- languages ---

QStringList SettingsDialog::availableLanguages()
{
    QStringList tags;
    const QString prefix = QStringLiteral("callwatch_");
    QDirIterator it(QStringLiteral(":/i18n"), {prefix + QLatin1String("*.qm")}, QDir::Files);
    while (it.hasNext()) {
        const QString tag = QFileInfo(it.next()).completeBaseName().mid(prefix.size());
        if (!tags.contains(tag) && Settings::check(SettingKey::Language, QVariant(tag)).isAccepted())
            tags.append(tag);
    }
    tags.removeAll(QStringLiteral("en"));
    std::sort(tags.begin(), tags.end());
    tags.prepend(QStringLiteral("en")); // the source language needs no translation file
    return tags;
}

QString SettingsDialog::languageDisplayName(const QString &tag)
{
    const QLocale locale(tag);
    if (tag.isEmpty() || locale.language() == QLocale::C)
        return tag;
    const bool withTerritory = tag.contains(u'_') || tag.contains(u'-');
    QString english = QLocale::languageToString(locale.language());
    if (withTerritory)
        english += QLatin1String(" (") + QLocale::territoryToString(locale.territory()) + u')';
    if (locale.language() == QLocale::English)
        return english;
    QString native = locale.nativeLanguageName();
    if (native.isEmpty())
        return english;
    native = native.left(1).toUpper() + native.mid(1);
    if (withTerritory && !locale.nativeTerritoryName().isEmpty())
        native += QLatin1String(" (") + locale.nativeTerritoryName() + u')';
    if (native == english)
        return english;
    return native + QStringLiteral(" — ") + english;
}

} // namespace cw

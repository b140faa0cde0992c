#include "settingsdialog.h"

#include "credentialstore.h"
#include "dialgenclient.h"

#include <QAbstractButton>
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
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
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
    m_pages->setTabToolTip(int(Page::Connection), tr("The Dialgen server and the API key"));
    m_pages->setTabToolTip(int(Page::Polling), tr("How often and how politely CallWatch asks Dialgen"));
    m_pages->setTabToolTip(int(Page::Display), tr("Time zone, theme and language"));

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
    callForm->addRow(tr("Keep &history for:"), retention);
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

void SettingsDialog::setupKeyboard()
{
    // One path through every field, page by page, then the buttons (hidden pages are skipped).
    QList<QWidget *> order = {m_baseUrl, m_keyEdit, m_saveKey, m_forgetKey};
    for (const IntegerField &field : std::as_const(m_integers)) {
        order.append(field.box);
        if (field.key == SettingKey::MaxInFlight)
            order.append(m_rate);
    }
    order << m_timeZone << m_theme << m_language;
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
    for (const auto &[key, value] : std::as_const(values))
        m_settings->setValue(key, value);
    m_settings->sync();
    QDialog::accept();
}

void SettingsDialog::reject()
{
    m_keyEdit->setText(QString());
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
    return Page(qBound(0, m_pages->currentIndex(), int(Page::Display)));
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
    const QString variable = ApiKeyProvider::environmentVariable();
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

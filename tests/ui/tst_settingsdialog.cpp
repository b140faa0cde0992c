#include "testsupport.h"

#include "credentialfakes.h"

#include "credentialstore.h"
#include "settings.h"
#include "settingsdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace cw;
using namespace cw::test;

namespace {

using Source = ApiKeyProvider::Source;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Every text a person or an assistive technology could get from the dialog's widgets.
QStringList visibleTexts(const QWidget &root, bool includeKeyField)
{
    QStringList texts;
    QList<QWidget *> widgets = root.findChildren<QWidget *>();
    widgets.prepend(const_cast<QWidget *>(&root));
    for (QWidget *widget : std::as_const(widgets)) {
        texts << widget->windowTitle() << widget->toolTip() << widget->whatsThis() << widget->statusTip()
              << widget->accessibleName() << widget->accessibleDescription();
        if (const auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (const auto *edit = qobject_cast<QLineEdit *>(widget)) {
            if (includeKeyField || edit->objectName() != QLatin1String("apiKeyEdit"))
                texts << edit->text() << edit->displayText() << edit->placeholderText();
        }
        if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (const auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        if (const auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i) << combo->itemData(i).toString();
        }
        if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget)) {
            if (includeKeyField || widget->objectName() != QLatin1String("apiKeyEdit"))
                texts << accessible->text(QAccessible::Value);
            texts << accessible->text(QAccessible::Name) << accessible->text(QAccessible::Description);
        }
    }
    if (const auto *tabs = root.findChild<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i) << tabs->tabToolTip(i);
    }
    return texts;
}

bool anyContains(const QStringList &texts, const QString &needle)
{
    for (const QString &text : texts) {
        if (text.contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void showsStoredValues();
    void rangesFollowTheRegistry();
    void outOfRangeFileIsShownClamped();
    void acceptWritesValues();
    void untouchedFieldsKeepExactValues();
    void cancelWritesNothing();
    void restoreDefaultsThenOk();
    void restoreDefaultsThenCancel();
    void baseUrlValidation_data();
    void baseUrlValidation();
    void insecureBaseUrlRefusesOk();
    void loopbackHttpIsAccepted();
    void timeZoneSearchAndValidation();
    void languagesOffered();
    void apiKeySaveStoresAndClears();
    void apiKeyForget();
    void okSavesTypedKeyCancelDropsIt();
    void apiKeyNeverShownWrittenOrLogged();
    void environmentVariableIsInCharge();
    void noKeychainMeansSessionOnly();
    void withoutProvider();
    void accessibleNamesTooltipsAndMnemonics();
    void keyboardOrderFollowsThePage();
    void everyPageRenders();
    void wallboardAndAlertFieldsRoundTrip();
    void pinIsSetAndRemoved();
    void webhookAddressValidation_data();
    void webhookAddressValidation();
    void webhookSecretGoesToItsOwnStore();
    void webhookTestButton();

private:
    std::unique_ptr<Settings> open() const;
    static std::unique_ptr<ApiKeyProvider> loadedProvider(std::unique_ptr<CredentialStore> store);
    static QSpinBox *spin(const QWidget &dialog, const char *name);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_iniPath;
};

void TestSettingsDialog::initTestCase()
{
    // Everything CallWatch logs about credentials is captured and searched for the key.
    QLoggingCategory::setFilterRules(QStringLiteral("callwatch.*=true"));
    installMessageCapture();
}

void TestSettingsDialog::cleanupTestCase()
{
    uninstallMessageCapture();
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_iniPath = m_dir->filePath(QStringLiteral("callwatch.ini"));
}

void TestSettingsDialog::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Settings> TestSettingsDialog::open() const
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(m_iniPath, QSettings::IniFormat));
}

std::unique_ptr<ApiKeyProvider> TestSettingsDialog::loadedProvider(std::unique_ptr<CredentialStore> store)
{
    auto provider = std::make_unique<ApiKeyProvider>(std::move(store));
    provider->load();
    // Callers check isLoaded(); QTRY_* cannot be used in a function returning a value.
    if (!QTest::qWaitFor([&provider] { return provider->isLoaded() && !provider->isBusy(); }, 2'000))
        qWarning("the API key provider did not load in time");
    return provider;
}

QSpinBox *TestSettingsDialog::spin(const QWidget &dialog, const char *name)
{
    return dialog.findChild<QSpinBox *>(QString::fromLatin1(name));
}

void TestSettingsDialog::showsStoredValues()
{
    {
        const auto settings = open();
        settings->setBaseUrl(QUrl(QStringLiteral("https://eu.dialgen.example/api")));
        settings->setValue(SettingKey::OngoingCadenceMs, 7'000);
        settings->setValue(SettingKey::ScheduledCadenceMs, 45'000);
        settings->setValue(SettingKey::BatchCadenceMs, 20'000);
        settings->setValue(SettingKey::BatchStatisticsCadenceMs, 120'000);
        settings->setValue(SettingKey::MaxInFlight, 3);
        settings->setValue(SettingKey::RateLimitPerSecond, 2.5);
        settings->setValue(SettingKey::MaxCallDurationS, 45 * 60);
        settings->setValue(SettingKey::StaleAfterCadences, 5);
        settings->setValue(SettingKey::RetentionDays, 30);
        settings->setValue(SettingKey::TimeZone, QStringLiteral("Europe/Berlin"));
        settings->setTheme(Settings::Theme::Dark);
        settings->setValue(SettingKey::Language, QStringLiteral("en"));
        settings->sync();
    }
    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->text(),
             QStringLiteral("https://eu.dialgen.example/api"));
    QCOMPARE(spin(dialog, "ongoingCadence")->value(), 7);
    QCOMPARE(spin(dialog, "scheduledCadence")->value(), 45);
    QCOMPARE(spin(dialog, "batchCadence")->value(), 20);
    QCOMPARE(spin(dialog, "batchStatisticsCadence")->value(), 120);
    QCOMPARE(spin(dialog, "maxInFlight")->value(), 3);
    QCOMPARE(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("rateLimit"))->value(), 2.5);
    QCOMPARE(spin(dialog, "maxCallDuration")->value(), 45);
    QCOMPARE(spin(dialog, "staleAfter")->value(), 5);
    QCOMPARE(spin(dialog, "retentionDays")->value(), 30);
    const auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("timeZoneCombo"));
    QCOMPARE(zone->currentText(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(zone->currentData().toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"))->currentData().toString(),
             QStringLiteral("dark"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(),
             QStringLiteral("en"));
    QVERIFY(dialog.validationProblem().isEmpty());
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Connection);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("baseUrlMessage"))->text().isEmpty());
}

void TestSettingsDialog::rangesFollowTheRegistry()
{
    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    const struct
    {
        const char *name;
        SettingKey key;
        qint64 factor;
    } fields[] = {
        {"ongoingCadence", SettingKey::OngoingCadenceMs, 1000},
        {"scheduledCadence", SettingKey::ScheduledCadenceMs, 1000},
        {"batchCadence", SettingKey::BatchCadenceMs, 1000},
        {"batchStatisticsCadence", SettingKey::BatchStatisticsCadenceMs, 1000},
        {"maxInFlight", SettingKey::MaxInFlight, 1},
        {"maxCallDuration", SettingKey::MaxCallDurationS, 60},
        {"staleAfter", SettingKey::StaleAfterCadences, 1},
        {"retentionDays", SettingKey::RetentionDays, 1},
    };
    for (const auto &field : fields) {
        const SettingSpec &spec = Settings::spec(field.key);
        const QSpinBox *box = spin(dialog, field.name);
        QVERIFY2(box, field.name);
        // Every value the box offers is accepted as is, and the box reaches both ends of the registry's
        // range.
        QVERIFY2(Settings::check(field.key, qlonglong(box->minimum()) * field.factor).isAccepted(),
                 field.name);
        QVERIFY2(Settings::check(field.key, qlonglong(box->maximum()) * field.factor).isAccepted(),
                 field.name);
        QVERIFY2(double(box->minimum() - 1) * double(field.factor) < spec.minimum, field.name);
        QVERIFY2(double(box->maximum() + 1) * double(field.factor) > spec.maximum, field.name);
        // Defaults are shown as defaults.
        QCOMPARE(qlonglong(box->value()) * field.factor, spec.defaultValue.toLongLong());
    }
    QCOMPARE(spin(dialog, "ongoingCadence")->minimum(), 1);
    QCOMPARE(spin(dialog, "ongoingCadence")->maximum(), 600);
    QCOMPARE(spin(dialog, "maxInFlight")->maximum(), 16);
    QCOMPARE(spin(dialog, "maxCallDuration")->maximum(), 24 * 60);
    QCOMPARE(spin(dialog, "retentionDays")->minimum(), 0);
    QCOMPARE(spin(dialog, "retentionDays")->specialValueText(), QStringLiteral("Forever"));
    const auto *rate = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("rateLimit"));
    QCOMPARE(rate->minimum(), Settings::spec(SettingKey::RateLimitPerSecond).minimum);
    QCOMPARE(rate->maximum(), Settings::spec(SettingKey::RateLimitPerSecond).maximum);

    // Typing past the end stops at the registry's limit.
    QSpinBox *inFlight = spin(dialog, "maxInFlight");
    inFlight->setValue(1000);
    QCOMPARE(inFlight->value(), 16);
}

void TestSettingsDialog::outOfRangeFileIsShownClamped()
{
    {
        QSettings raw(m_iniPath, QSettings::IniFormat);
        raw.setValue(Settings::path(SettingKey::OngoingCadenceMs), QStringLiteral("999999999"));
        raw.setValue(Settings::path(SettingKey::MaxInFlight), QStringLiteral("0"));
        raw.setValue(Settings::path(SettingKey::BaseUrl), QStringLiteral("http://evil.example"));
        raw.setValue(Settings::path(SettingKey::Theme), QStringLiteral("purple"));
        raw.sync();
    }
    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    QCOMPARE(spin(dialog, "ongoingCadence")->value(), 600);
    QCOMPARE(spin(dialog, "maxInFlight")->value(), 1);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->text(),
             QStringLiteral("https://sa.dialgen.ai"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"))->currentData().toString(),
             QStringLiteral("system"));
    // OK stores the values as shown, so the file is clean afterwards.
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto reread = open();
    QVERIFY2(reread->problems().isEmpty(), qPrintable(reread->problems().values().join(u'\n')));
    QCOMPARE(reread->integer(SettingKey::OngoingCadenceMs), qint64(600'000));
    QCOMPARE(reread->integer(SettingKey::MaxInFlight), qint64(1));
}

void TestSettingsDialog::acceptWritesValues()
{
    const auto settings = open();
    QSignalSpy changed(settings.get(), &Settings::changed);
    SettingsDialog dialog(settings.get(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("  https://us.dialgen.example  "));
    spin(dialog, "ongoingCadence")->setValue(3);
    spin(dialog, "scheduledCadence")->setValue(60);
    spin(dialog, "batchCadence")->setValue(25);
    spin(dialog, "batchStatisticsCadence")->setValue(90);
    spin(dialog, "maxInFlight")->setValue(2);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("rateLimit"))->setValue(4.5);
    spin(dialog, "maxCallDuration")->setValue(50);
    spin(dialog, "staleAfter")->setValue(7);
    spin(dialog, "retentionDays")->setValue(0);
    auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("timeZoneCombo"));
    zone->setCurrentIndex(zone->findData(QStringLiteral("America/New_York")));
    auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
    theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QVERIFY(changed.isEmpty()); // nothing is written before OK

    // OK, the way a person presses it.
    QTest::mouseClick(
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(!changed.isEmpty());

    const auto reread = open();
    QVERIFY2(reread->problems().isEmpty(), qPrintable(reread->problems().values().join(u'\n')));
    QCOMPARE(reread->baseUrl(), QUrl(QStringLiteral("https://us.dialgen.example")));
    QCOMPARE(reread->integer(SettingKey::OngoingCadenceMs), qint64(3'000));
    QCOMPARE(reread->integer(SettingKey::ScheduledCadenceMs), qint64(60'000));
    QCOMPARE(reread->integer(SettingKey::BatchCadenceMs), qint64(25'000));
    QCOMPARE(reread->integer(SettingKey::BatchStatisticsCadenceMs), qint64(90'000));
    QCOMPARE(reread->integer(SettingKey::MaxInFlight), qint64(2));
    QCOMPARE(reread->real(SettingKey::RateLimitPerSecond), 4.5);
    QCOMPARE(reread->integer(SettingKey::MaxCallDurationS), qint64(50 * 60));
    QCOMPARE(reread->integer(SettingKey::StaleAfterCadences), qint64(7));
    QCOMPARE(reread->retentionDays(), 0);
    QCOMPARE(reread->timeZoneId(), QStringLiteral("America/New_York"));
    QCOMPARE(reread->theme(), Settings::Theme::Light);
    QCOMPARE(reread->language(), QStringLiteral("en"));
    const PollScheduler::Settings poll = reread->pollSettings();
    QCOMPARE(poll.ongoingMs, qint64(3'000));
    QCOMPARE(poll.maxInFlight, 2);
}

void TestSettingsDialog::untouchedFieldsKeepExactValues()
{
    {
        const auto settings = open();
        settings->setValue(SettingKey::OngoingCadenceMs, 7'400);  // shown as 7 s
        settings->setValue(SettingKey::MaxCallDurationS, 1'000);  // shown as 17 min
        settings->setValue(SettingKey::RateLimitPerSecond, 2.25); // shown with one decimal
        settings->sync();
    }
    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    QCOMPARE(spin(dialog, "ongoingCadence")->value(), 7);
    QCOMPARE(spin(dialog, "maxCallDuration")->value(), 17);
    spin(dialog, "batchCadence")->setValue(12);
    dialog.accept();
    const auto reread = open();
    QCOMPARE(reread->integer(SettingKey::OngoingCadenceMs), qint64(7'400));
    QCOMPARE(reread->integer(SettingKey::MaxCallDurationS), qint64(1'000));
    QCOMPARE(reread->real(SettingKey::RateLimitPerSecond), 2.25);
    QCOMPARE(reread->integer(SettingKey::BatchCadenceMs), qint64(12'000));
}

void TestSettingsDialog::cancelWritesNothing()
{
    {
        const auto settings = open();
        settings->setValue(SettingKey::OngoingCadenceMs, 8'000);
        settings->setTheme(Settings::Theme::Dark);
        settings->sync();
    }
    const QByteArray before = readFile(m_iniPath);
    QVERIFY(!before.isEmpty());
    const auto settings = open();
    QSignalSpy changed(settings.get(), &Settings::changed);
    SettingsDialog dialog(settings.get(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    spin(dialog, "ongoingCadence")->setValue(2);
    spin(dialog, "retentionDays")->setValue(5);
    dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
        ->setText(QStringLiteral("https://x.example"));
    auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
    theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
    QTest::mouseClick(
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Cancel),
        Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QVERIFY(changed.isEmpty());
    settings->sync();
    QCOMPARE(readFile(m_iniPath), before);
    const auto reread = open();
    QCOMPARE(reread->integer(SettingKey::OngoingCadenceMs), qint64(8'000));
    QCOMPARE(reread->theme(), Settings::Theme::Dark);
    QCOMPARE(reread->retentionDays(), 90);
}

void TestSettingsDialog::restoreDefaultsThenOk()
{
    const QList<SettingKey> dialogKeys = {SettingKey::BaseUrl,
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
                                          SettingKey::Language};
    {
        const auto settings = open();
        settings->setBaseUrl(QUrl(QStringLiteral("http://localhost:9000")));
        settings->setValue(SettingKey::OngoingCadenceMs, 7'400); // not a whole number of seconds
        settings->setValue(SettingKey::ScheduledCadenceMs, 40'000);
        settings->setValue(SettingKey::BatchCadenceMs, 40'000);
        settings->setValue(SettingKey::BatchStatisticsCadenceMs, 40'000);
        settings->setValue(SettingKey::MaxInFlight, 2);
        settings->setValue(SettingKey::RateLimitPerSecond, 1.5);
        settings->setValue(SettingKey::MaxCallDurationS, 600);
        settings->setValue(SettingKey::StaleAfterCadences, 9);
        settings->setValue(SettingKey::RetentionDays, 7);
        settings->setValue(SettingKey::TimeZone, QStringLiteral("Asia/Tokyo"));
        settings->setTheme(Settings::Theme::Light);
        settings->setValue(SettingKey::Language, QStringLiteral("en"));
        // Not the dialog's: must survive.
        settings->setValue(SettingKey::SearchText, QStringLiteral("ana"));
        settings->setValue(SettingKey::WindowGeometry, QByteArray("geometry"));
        settings->sync();
        for (const SettingKey key : dialogKeys)
            QVERIFY2(settings->isStored(key), qPrintable(Settings::path(key)));
    }
    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(settings.get(), &Settings::changed);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                          ->button(QDialogButtonBox::RestoreDefaults),
                      Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(changed.isEmpty()); // restoring only fills the widgets
    QCOMPARE(spin(dialog, "ongoingCadence")->value(), 5);
    QCOMPARE(spin(dialog, "retentionDays")->value(), 90);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->text(),
             QStringLiteral("https://sa.dialgen.ai"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("timeZoneCombo"))->currentIndex(), 0);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(),
             QString());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto reread = open();
    for (const SettingKey key : dialogKeys) {
        QCOMPARE(reread->value(key), Settings::defaultValue(key));
        QVERIFY2(!reread->isStored(key), qPrintable(Settings::path(key))); // defaults are not written
    }
    QCOMPARE(reread->text(SettingKey::SearchText), QStringLiteral("ana"));
    QCOMPARE(reread->bytes(SettingKey::WindowGeometry), QByteArray("geometry"));
}

void TestSettingsDialog::restoreDefaultsThenCancel()
{
    {
        const auto settings = open();
        settings->setValue(SettingKey::MaxInFlight, 2);
        settings->sync();
    }
    const QByteArray before = readFile(m_iniPath);
    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    dialog.restoreDefaults();
    QCOMPARE(spin(dialog, "maxInFlight")->value(), 6);
    dialog.reject();
    settings->sync();
    QCOMPARE(readFile(m_iniPath), before);
    QCOMPARE(open()->integer(SettingKey::MaxInFlight), qint64(2));
}

void TestSettingsDialog::baseUrlValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("https") << QStringLiteral("https://sa.dialgen.ai") << true << QString();
    QTest::newRow("https with path") << QStringLiteral("https://eu.example/api/") << true << QString();
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << true << QString();
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:3000") << true << QString();
    QTest::newRow("http ipv6 loopback") << QStringLiteral("http://[::1]:8080") << true << QString();
    QTest::newRow("http remote") << QStringLiteral("http://example.com") << false << QStringLiteral("HTTPS");
    QTest::newRow("http private lan")
        << QStringLiteral("http://192.168.1.10") << false << QStringLiteral("HTTPS");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false << QStringLiteral("https://");
    QTest::newRow("no scheme") << QStringLiteral("sa.dialgen.ai") << false << QStringLiteral("https://");
    QTest::newRow("empty") << QString() << false << QStringLiteral("Enter");
    QTest::newRow("user info") << QStringLiteral("https://me:pw@sa.dialgen.ai") << false
                               << QStringLiteral("user name");
    QTest::newRow("garbage") << QStringLiteral("https://exa mple.com") << false << QStringLiteral("valid");
}

void TestSettingsDialog::baseUrlValidation()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);

    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("baseUrlMessage"));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, url);
    // Live: the message follows the text as it is typed.
    QCOMPARE(message->isVisible(), !accepted);
    QCOMPARE(message->text().isEmpty(), accepted);
    QCOMPARE(dialog.validationProblem().isEmpty(), accepted);
    if (!accepted) {
        QVERIFY2(message->text().contains(messagePart), qPrintable(message->text()));
        QCOMPARE(edit->accessibleDescription(), message->text());
        // The same verdict as the client's own check.
        QVERIFY(Settings::check(SettingKey::BaseUrl, url).outcome == SettingCheck::Outcome::Defaulted);
    } else {
        QVERIFY(Settings::check(SettingKey::BaseUrl, url).isAccepted());
    }
}

void TestSettingsDialog::insecureBaseUrlRefusesOk()
{
    {
        const auto settings = open();
        settings->setValue(SettingKey::MaxInFlight, 3);
        settings->sync();
    }
    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    spin(dialog, "maxInFlight")->setValue(4);
    dialog.showPage(SettingsDialog::Page::Display);
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    edit->setText(QStringLiteral("http://example.com"));

    QPushButton *ok =
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    // Refused: still open, on the page with the problem, the message shown, nothing written.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Connection);
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("baseUrlMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("example.com")), qPrintable(message->text()));
    QVERIFY(message->text().contains(QLatin1String("HTTPS")));
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    QCOMPARE(open()->baseUrl(), QUrl(QStringLiteral("https://sa.dialgen.ai")));
    QCOMPARE(open()->integer(SettingKey::MaxInFlight), qint64(3));

    // Fixed: OK goes through.
    edit->setText(QStringLiteral("https://example.com"));
    QVERIFY(!message->isVisible());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(open()->baseUrl(), QUrl(QStringLiteral("https://example.com")));
    QCOMPARE(open()->integer(SettingKey::MaxInFlight), qint64(4));
}

void TestSettingsDialog::loopbackHttpIsAccepted()
{
    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
        ->setText(QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("baseUrlMessage"))->isVisible());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(open()->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
}

void TestSettingsDialog::timeZoneSearchAndValidation()
{
    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showPage(SettingsDialog::Page::Display);
    auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("timeZoneCombo"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("timeZoneMessage"));
    QVERIFY(zone->isEditable());
    QCOMPARE(zone->currentIndex(), 0); // System
    QVERIFY(zone->itemText(0).startsWith(QLatin1String("System")));
    QCOMPARE(qsizetype(zone->count()), QTimeZone::availableTimeZoneIds().size() + 1);
    QVERIFY(zone->findData(QStringLiteral("Europe/Berlin")) > 0);

    // Searching: any part of the name, any case.
    QVERIFY(zone->completer());
    QCOMPARE(zone->completer()->filterMode(), Qt::MatchContains);
    QCOMPARE(zone->completer()->caseSensitivity(), Qt::CaseInsensitive);
    zone->completer()->setCompletionPrefix(QStringLiteral("berl"));
    QVERIFY(zone->completer()->completionCount() >= 1);
    QCOMPARE(zone->completer()->currentCompletion(), QStringLiteral("Europe/Berlin"));

    // An unknown name: message, and OK refused on the Display page.
    dialog.showPage(SettingsDialog::Page::Connection);
    zone->setEditText(QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(!message->text().isEmpty());
    QVERIFY(message->text().contains(QLatin1String("Mars/Olympus_Mons")));
    QVERIFY(!dialog.validationProblem().isEmpty());
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Display);
    QVERIFY(message->isVisible());

    // A typed name in another case is taken as the zone it names.
    zone->setEditText(QStringLiteral("asia/tokyo"));
    QVERIFY(message->text().isEmpty());
    QVERIFY(!message->isVisible());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(open()->timeZoneId(), QStringLiteral("Asia/Tokyo"));
}

void TestSettingsDialog::languagesOffered()
{
    const QStringList languages = SettingsDialog::availableLanguages();
    QVERIFY(!languages.isEmpty());
    QCOMPARE(languages.first(), QStringLiteral("en"));
    for (const QString &tag : languages)
        QVERIFY2(Settings::check(SettingKey::Language, tag).isAccepted(), qPrintable(tag));
    QCOMPARE(SettingsDialog::languageDisplayName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(SettingsDialog::languageDisplayName(QStringLiteral("de")), QStringLiteral("Deutsch — German"));
    QVERIFY(SettingsDialog::languageDisplayName(QStringLiteral("pt_BR")).contains(QLatin1String("Brazil")));
    QVERIFY(SettingsDialog::languageDisplayName(QStringLiteral("fr")).startsWith(QStringLiteral("Français")));

    // A language chosen earlier without its translation here is still offered, so OK keeps it.
    {
        const auto settings = open();
        settings->setValue(SettingKey::Language, QStringLiteral("pt_BR"));
        settings->sync();
    }
    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    const auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(language->itemText(0).startsWith(QLatin1String("System")));
    QCOMPARE(language->itemData(0).toString(), QString());
    QVERIFY(language->findData(QStringLiteral("en")) > 0);
    QCOMPARE(language->currentData().toString(), QStringLiteral("pt_BR"));
    dialog.accept();
    QCOMPARE(open()->language(), QStringLiteral("pt_BR"));
}

void TestSettingsDialog::apiKeySaveStoresAndClears()
{
    const EnvironmentGuard environment;
    const QString secret = randomSecret(QStringLiteral("dg_live_"));
    const auto settings = open();
    const auto provider = loadedProvider(std::make_unique<MemoryCredentialStore>());
    QVERIFY(provider->isLoaded());
    SettingsDialog dialog(settings.get(), provider.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *status = dialog.findChild<QLabel *>(QStringLiteral("apiKeyStatus"));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveKeyButton"));
    auto *forget = dialog.findChild<QPushButton *>(QStringLiteral("forgetKeyButton"));
    QCOMPARE(status->text(), QStringLiteral("Not set"));
    QCOMPARE(dialog.apiKeyStatusText(), status->text());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(edit->isEnabled());
    QVERIFY(!save->isEnabled());   // nothing typed yet
    QVERIFY(!forget->isEnabled()); // nothing to forget

    QTest::keyClicks(edit, secret);
    QVERIFY(save->isEnabled());
    QVERIFY(!edit->displayText().contains(secret));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(edit->text().isEmpty());
    QVERIFY(!edit->isUndoAvailable());
    QVERIFY(provider->hasKey());
    QVERIFY(provider->source() == Source::Keychain || provider->source() == Source::Session);
    QCOMPARE(provider->key(), secret);
    QTRY_VERIFY(!provider->isBusy());
    QCOMPARE(provider->source(), Source::Keychain);
    QTRY_COMPARE(status->text(), QStringLiteral("Stored in the system keychain"));
    QVERIFY(static_cast<MemoryCredentialStore *>(provider->store())->hasStoredKey());
    QVERIFY(!save->isEnabled());
    QVERIFY(forget->isEnabled());
    QVERIFY(!anyContains(visibleTexts(dialog, true), secret));

    // Nothing about the key goes into the settings file, and Cancel afterwards keeps the saved key.
    dialog.reject();
    settings->sync();
    QVERIFY(!readFile(m_iniPath).contains(secret.toUtf8()));
    QVERIFY(provider->hasKey());
}

void TestSettingsDialog::apiKeyForget()
{
    const EnvironmentGuard environment;
    auto store = std::make_unique<MemoryCredentialStore>();
    store->writeKey(randomSecret(QStringLiteral("dg_live_")));
    QTRY_VERIFY(store->hasStoredKey());
    MemoryCredentialStore *memory = store.get();
    const auto provider = loadedProvider(std::move(store));
    QVERIFY(provider->isLoaded());
    QCOMPARE(provider->source(), Source::Keychain);

    const auto settings = open();
    SettingsDialog dialog(settings.get(), provider.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("apiKeyStatus"));
    auto *forget = dialog.findChild<QPushButton *>(QStringLiteral("forgetKeyButton"));
    QCOMPARE(status->text(), QStringLiteral("Stored in the system keychain"));
    QVERIFY(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY(!provider->hasKey());
    QCOMPARE(status->text(), QStringLiteral("Not set"));
    QTRY_VERIFY(!provider->isBusy());
    QVERIFY(!memory->hasStoredKey());
    QVERIFY(!forget->isEnabled());
}

void TestSettingsDialog::okSavesTypedKeyCancelDropsIt()
{
    const EnvironmentGuard environment;
    const auto settings = open();
    const auto provider = loadedProvider(std::make_unique<MemoryCredentialStore>());
    QVERIFY(provider->isLoaded());
    {
        SettingsDialog dialog(settings.get(), provider.get());
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        edit->setText(randomSecret(QStringLiteral("dg_live_")));
        dialog.reject();
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!provider->hasKey());
    }
    const QString secret = randomSecret(QStringLiteral("dg_live_"));
    SettingsDialog dialog(settings.get(), provider.get());
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    edit->setText(secret);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(provider->key(), secret);
    QTRY_COMPARE(provider->source(), Source::Keychain);
    settings->sync();
    QVERIFY(!readFile(m_iniPath).contains(secret.toUtf8()));
}

void TestSettingsDialog::apiKeyNeverShownWrittenOrLogged()
{
    const EnvironmentGuard environment;
    const QString secret = randomSecret(QStringLiteral("dg_live_"));
    const auto settings = open();
    const auto provider = loadedProvider(std::make_unique<MemoryCredentialStore>());
    QVERIFY(provider->isLoaded());
    SettingsDialog dialog(settings.get(), provider.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));

    QTest::keyClicks(edit, secret);
    // While typing, the key is only in the password field's own text: not shown, not in any other text.
    QCOMPARE(edit->text(), secret);
    QVERIFY(!anyContains(visibleTexts(dialog, false), secret));
    QVERIFY(!edit->displayText().contains(secret));
    QVERIFY(!QAccessible::queryAccessibleInterface(edit)->text(QAccessible::Value).contains(secret));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveKeyButton")), Qt::LeftButton);
    QTRY_COMPARE(provider->source(), Source::Keychain);
    spin(dialog, "maxInFlight")->setValue(5);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!anyContains(visibleTexts(dialog, true), secret));

    settings->sync();
    const QByteArray ini = readFile(m_iniPath);
    QVERIFY(ini.contains("maxInFlight=5"));
    QVERIFY(!ini.contains(secret.toUtf8()));
    QVERIFY(!ini.contains(secret.toUtf8().toBase64()));
    for (const QString &key : settings->store().allKeys())
        QVERIFY2(!settings->store().value(key).toString().contains(secret), qPrintable(key));
    const QStringList messages = capturedMessages();
    QVERIFY(!messages.isEmpty()); // the credential category did log (without the key)
    QVERIFY(!anyContains(messages, secret));
}

void TestSettingsDialog::environmentVariableIsInCharge()
{
    const EnvironmentGuard environment;
    const QString secret = randomSecret(QStringLiteral("dg_live_"));
    qputenv(kEnvironmentVariable.constData(), secret.toUtf8());
    const auto settings = open();
    const auto provider = loadedProvider(std::make_unique<MemoryCredentialStore>());
    QVERIFY(provider->isLoaded());
    QCOMPARE(provider->source(), Source::Environment);

    SettingsDialog dialog(settings.get(), provider.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("apiKeyStatus"))->text();
    QCOMPARE(status,
             QStringLiteral("Set in the DIALGEN_API_KEY environment variable — it overrides the keychain"));
    const QString explanation = dialog.findChild<QLabel *>(QStringLiteral("apiKeyExplanation"))->text();
    QVERIFY2(explanation.contains(QLatin1String("wins")), qPrintable(explanation));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->isEnabled());
    const auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveKeyButton"));
    const auto *forget = dialog.findChild<QPushButton *>(QStringLiteral("forgetKeyButton"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!forget->isEnabled());
    QVERIFY(save->toolTip().contains(QLatin1String("DIALGEN_API_KEY")));
    QVERIFY(!anyContains(visibleTexts(dialog, true), secret));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(provider->source(), Source::Environment);
    settings->sync();
    QVERIFY(!readFile(m_iniPath).contains(secret.toUtf8()));
    QVERIFY(!anyContains(capturedMessages(), secret));
}

void TestSettingsDialog::noKeychainMeansSessionOnly()
{
    const EnvironmentGuard environment;
    const QString secret = randomSecret(QStringLiteral("dg_live_"));
    const auto settings = open();
    const auto provider = loadedProvider(std::make_unique<FailingStore>());
    QVERIFY(provider->isLoaded());
    QVERIFY(!provider->keychainAvailable());

    SettingsDialog dialog(settings.get(), provider.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("apiKeyStatus"));
    auto *explanation = dialog.findChild<QLabel *>(QStringLiteral("apiKeyExplanation"));
    QCOMPARE(status->text(), QStringLiteral("Not set"));
    QVERIFY2(explanation->text().contains(QLatin1String("for this session only")),
             qPrintable(explanation->text()));
    QVERIFY(explanation->text().contains(FailingStore::reason()));
    QVERIFY(explanation->text().contains(QLatin1String("each time")));
    QVERIFY(explanation->text().contains(QLatin1String("plain text")));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveKeyButton"));

    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    QTest::keyClicks(edit, secret);
    QVERIFY(save->toolTip().contains(QLatin1String("session only")));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(edit->text().isEmpty());
    QTRY_VERIFY(!provider->isBusy());
    QVERIFY(provider->hasKey());
    QCOMPARE(provider->source(), Source::Session);
    QTRY_VERIFY(
        status->text().startsWith(QLatin1String("Kept for this session only: no keychain is available (")));
    QVERIFY(status->text().contains(FailingStore::reason()));
    QVERIFY(explanation->text().contains(QLatin1String("each time")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("forgetKeyButton"))->isEnabled());
    QVERIFY(!anyContains(visibleTexts(dialog, true), secret));
    dialog.accept();
    settings->sync();
    QVERIFY(!readFile(m_iniPath).contains(secret.toUtf8()));
    QVERIFY(!anyContains(capturedMessages(), secret));
}

void TestSettingsDialog::withoutProvider()
{
    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    QCOMPARE(dialog.apiKeyStatusText(), QStringLiteral("Not set"));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveKeyButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("forgetKeyButton"))->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSettingsDialog::accessibleNamesTooltipsAndMnemonics()
{
    const EnvironmentGuard environment;
    const auto settings = open();
    const auto provider = loadedProvider(std::make_unique<MemoryCredentialStore>());
    QVERIFY(provider->isLoaded());
    SettingsDialog dialog(settings.get(), provider.get());
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    int fields = 0;
    for (QWidget *widget : widgets) {
        const bool isField = qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
                             qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget);
        // The line edit inside an editable combo box or a spin box belongs to it.
        if (!isField || qobject_cast<QComboBox *>(widget->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) || widget->inherits("QTabBar") ||
            widget->parentWidget()->inherits("QTabBar"))
            continue;
        ++fields;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(widget->objectName() + widget->accessibleName()));
    }
    QVERIFY(fields >= 18);

    // Every page: each field has a label with a mnemonic, and no mnemonic is used twice (with the tabs'
    // and the buttons').
    auto *pages = dialog.findChild<QTabWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->count(), 5);
    QStringList shared;
    for (int i = 0; i < pages->count(); ++i)
        shared << pages->tabText(i);
    shared << dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                  ->button(QDialogButtonBox::RestoreDefaults)
                  ->text();
    const auto mnemonic = [](const QString &text) -> QString {
        const qsizetype at = text.indexOf(u'&');
        return at < 0 || at + 1 >= text.size() ? QString() : text.mid(at + 1, 1).toLower();
    };
    for (int i = 0; i < pages->count(); ++i) {
        QStringList used;
        for (const QString &text : std::as_const(shared))
            used << mnemonic(text);
        QWidget *page = pages->widget(i);
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            // Labels of inputs (not of read-only texts, nor the empty labels of unlabelled rows).
            if (!label->buddy() || label->buddy()->focusPolicy() == Qt::NoFocus || label->text().isEmpty() ||
                qobject_cast<QLabel *>(label->buddy()))
                continue;
            const QString key = mnemonic(label->text());
            QVERIFY2(!key.isEmpty(), qPrintable(label->text()));
            QVERIFY2(!used.contains(key), qPrintable(label->text()));
            used << key;
        }
        for (const QPushButton *button : page->findChildren<QPushButton *>()) {
            const QString key = mnemonic(button->text());
            QVERIFY2(!key.isEmpty(), qPrintable(button->text()));
            QVERIFY2(!used.contains(key), qPrintable(button->text()));
            used << key;
        }
    }
    // Every input has a label pointing at it.
    for (const char *name :
         {"baseUrlEdit", "apiKeyEdit", "ongoingCadence", "scheduledCadence", "batchCadence",
          "batchStatisticsCadence", "maxInFlight", "rateLimit", "maxCallDuration", "staleAfter",
          "retentionDays", "timeZoneCombo", "themeCombo", "languageCombo", "rotationSeconds", "failureWindow",
          "webhookAddress", "webhookPort", "webhookSecretEdit"}) {
        QWidget *field = dialog.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(field, name);
        bool labelled = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labelled = labelled || label->buddy() == field;
        QVERIFY2(labelled, name);
    }
}

void TestSettingsDialog::keyboardOrderFollowsThePage()
{
    const EnvironmentGuard environment;
    const auto settings = open();
    const auto provider = loadedProvider(std::make_unique<MemoryCredentialStore>());
    QVERIFY(provider->isLoaded());
    SettingsDialog dialog(settings.get(), provider.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    const auto walk = [&dialog](QWidget *from, int steps) {
        QStringList names;
        from->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < steps; ++i) {
            QWidget *focus = QApplication::focusWidget();
            names << (focus ? focus->objectName() : QString());
            QTest::keyClick(focus ? focus : &dialog, Qt::Key_Tab);
        }
        return names;
    };
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    edit->setText(QStringLiteral("x")); // enables Save key
    QCOMPARE(walk(dialog.findChild<QWidget *>(QStringLiteral("baseUrlEdit")), 3),
             QStringList({QStringLiteral("baseUrlEdit"), QStringLiteral("apiKeyEdit"),
                          QStringLiteral("saveKeyButton")}));
    edit->setText(QString());

    dialog.showPage(SettingsDialog::Page::Polling);
    const QStringList polling = walk(spin(dialog, "ongoingCadence"), 9);
    QCOMPARE(polling, QStringList({QStringLiteral("ongoingCadence"), QStringLiteral("scheduledCadence"),
                                   QStringLiteral("batchCadence"), QStringLiteral("batchStatisticsCadence"),
                                   QStringLiteral("maxInFlight"), QStringLiteral("rateLimit"),
                                   QStringLiteral("maxCallDuration"), QStringLiteral("staleAfter"),
                                   QStringLiteral("retentionDays")}));
    dialog.showPage(SettingsDialog::Page::Display);
    const QStringList display = walk(dialog.findChild<QWidget *>(QStringLiteral("timeZoneCombo")), 3);
    QCOMPARE(display, QStringList({QStringLiteral("timeZoneCombo"), QStringLiteral("themeCombo"),
                                   QStringLiteral("languageCombo")}));
}

void TestSettingsDialog::everyPageRenders()
{
    // Renders each page; with CALLWATCH_SCREENSHOTS set, also saves them to /tmp for a look.
    const bool save = !qEnvironmentVariableIsEmpty("CALLWATCH_SCREENSHOTS");
    const auto grab = [&save](QWidget &widget, const QString &path) {
        const QPixmap pixmap = widget.grab();
        QVERIFY(!pixmap.isNull());
        QVERIFY(pixmap.width() >= 400 && pixmap.height() >= 300);
        if (save)
            QVERIFY(pixmap.save(path));
    };
    const EnvironmentGuard environment;
    const auto settings = open();
    settings->setValue(SettingKey::TimeZone, QStringLiteral("Europe/Berlin"));
    const auto provider = loadedProvider(std::make_unique<FailingStore>());
    QVERIFY(provider->isLoaded());
    SettingsDialog dialog(settings.get(), provider.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
        ->setText(QStringLiteral("http://example.com"));
    QTest::qWait(50);
    grab(dialog, QStringLiteral("/tmp/settingsdialog.png"));
    dialog.showPage(SettingsDialog::Page::Polling);
    QTest::qWait(50);
    grab(dialog, QStringLiteral("/tmp/settingsdialog-polling.png"));
    dialog.showPage(SettingsDialog::Page::Display);
    QTest::qWait(50);
    grab(dialog, QStringLiteral("/tmp/settingsdialog-display.png"));
    dialog.reject();
}

QTEST_MAIN(TestSettingsDialog)
void TestSettingsDialog::wallboardAndAlertFieldsRoundTrip()
{
    const auto settings = open();
    {
        SettingsDialog dialog(settings.get(), nullptr);
        QCOMPARE(spin(dialog, "rotationSeconds")->value(), 20);
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("alertSound"))->isChecked());
        QCOMPARE(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("failureWarning"))->value(), 10.0);
        spin(dialog, "rotationSeconds")->setValue(45);
        dialog.findChild<QCheckBox *>(QStringLiteral("alertSound"))->setChecked(true);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("failureWarning"))->setValue(12.5);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("failureCritical"))->setValue(35);
        spin(dialog, "failureWindow")->setValue(30);
        spin(dialog, "backlogWarning")->setValue(300);
        spin(dialog, "backlogCritical")->setValue(900);
        spin(dialog, "pollingWarning")->setValue(120);
        spin(dialog, "pollingCritical")->setValue(900);
        dialog.findChild<QCheckBox *>(QStringLiteral("webhookEnabled"))->setChecked(true);
        spin(dialog, "webhookPort")->setValue(9443);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(settings->integer(SettingKey::WallboardRotationSeconds), 45);
    QCOMPARE(settings->integer(SettingKey::WallboardSound), 1);
    const AlertRuleConfig failure = settings->alertConfig(AlertKind::FailureRate);
    QCOMPARE(failure.warningThreshold, 12.5);
    QCOMPARE(failure.criticalThreshold, 35.0);
    QCOMPARE(failure.windowMinutes, 30);
    QCOMPARE(settings->alertConfig(AlertKind::ScheduledBacklog).warningThreshold, 300.0);
    QCOMPARE(settings->alertConfig(AlertKind::ScheduledBacklog).criticalThreshold, 900.0);
    QCOMPARE(settings->alertConfig(AlertKind::PollingDown).warningThreshold, 120.0);
    QCOMPARE(settings->alertConfig(AlertKind::PollingDown).criticalThreshold, 900.0);
    QCOMPARE(settings->integer(SettingKey::WebhookEnabled), 1);
    QCOMPARE(settings->integer(SettingKey::WebhookPort), 9443);

    // Shown again as saved; Restore Defaults + OK brings the defaults back.
    SettingsDialog again(settings.get(), nullptr);
    QCOMPARE(spin(again, "rotationSeconds")->value(), 45);
    QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("alertSound"))->isChecked());
    again.restoreDefaults();
    again.accept();
    QCOMPARE(settings->integer(SettingKey::WallboardRotationSeconds), 20);
    QCOMPARE(settings->integer(SettingKey::WebhookEnabled), 0);
    QCOMPARE(settings->alertConfig(AlertKind::FailureRate),
             AlertRuleConfig::defaults(AlertKind::FailureRate));
}

void TestSettingsDialog::pinIsSetAndRemoved()
{
    const auto settings = open();
    {
        SettingsDialog dialog(settings.get(), nullptr);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("pinStatus"));
        QVERIFY(status->text().contains(QStringLiteral("None")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removePinButton"))->isEnabled());
        auto *pin = dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"));
        QCOMPARE(pin->echoMode(), QLineEdit::Password);
        QTest::keyClicks(pin, QStringLiteral("12a"));
        QCOMPARE(pin->text(), QStringLiteral("12")); // digits only
        dialog.accept();
        // Too short: refused, nothing saved, the dialog stays on the wallboard page.
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Wallboard);
        QVERIFY(!settings->hasWallboardPin());
        QTest::keyClicks(pin, QStringLiteral("3456"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(pin->text().isEmpty());
    }
    QVERIFY(settings->hasWallboardPin());
    QVERIFY(settings->checkWallboardPin(QStringLiteral("123456")));
    QVERIFY(!readFile(m_iniPath).contains("123456"));
    {
        // Cancel after "Remove PIN" keeps it.
        SettingsDialog dialog(settings.get(), nullptr);
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removePinButton"));
        QVERIFY(remove->isEnabled());
        remove->click();
        dialog.reject();
    }
    QVERIFY(settings->hasWallboardPin());
    {
        SettingsDialog dialog(settings.get(), nullptr);
        dialog.findChild<QPushButton *>(QStringLiteral("removePinButton"))->click();
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pinStatus"))
                    ->text()
                    .contains(QStringLiteral("Removed")));
        dialog.accept();
    }
    QVERIFY(!settings->hasWallboardPin());
}

void TestSettingsDialog::webhookAddressValidation_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("warned");
    QTest::addColumn<QString>("url");
    QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << true << false
                              << QStringLiteral("http://127.0.0.1:8787/webhooks/dialgen");
    QTest::newRow("empty means loopback")
        << QString() << true << false << QStringLiteral("http://127.0.0.1:8787/webhooks/dialgen");
    QTest::newRow("ipv6 loopback") << QStringLiteral("::1") << true << false
                                   << QStringLiteral("http://[::1]:8787/webhooks/dialgen");
    QTest::newRow("every network") << QStringLiteral("0.0.0.0") << true << true
                                   << QStringLiteral("http://127.0.0.1:8787/webhooks/dialgen");
    QTest::newRow("lan") << QStringLiteral("192.168.1.20") << true << true
                         << QStringLiteral("http://192.168.1.20:8787/webhooks/dialgen");
    QTest::newRow("host name") << QStringLiteral("example.com") << false << true << QString();
    QTest::newRow("garbage") << QStringLiteral("127.0.0.1:80") << false << true << QString();
}

void TestSettingsDialog::webhookAddressValidation()
{
    QFETCH(QString, address);
    QFETCH(bool, accepted);
    QFETCH(bool, warned);
    QFETCH(QString, url);
    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    dialog.findChild<QLineEdit *>(QStringLiteral("webhookAddress"))->setText(address);
    QCOMPARE(dialog.webhookAddressProblem().isEmpty(), accepted);
    QCOMPARE(!dialog.findChild<QLabel *>(QStringLiteral("webhookAddressMessage"))->text().isEmpty(), warned);
    if (accepted)
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("webhookUrl"))->text(), url);
    dialog.accept();
    QCOMPARE(dialog.result(), int(accepted ? QDialog::Accepted : QDialog::Rejected));
    if (accepted) {
        QCOMPARE(settings->text(SettingKey::WebhookAddress), address.isEmpty() ? QString() : address);
    } else {
        QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Webhooks);
        QCOMPARE(settings->text(SettingKey::WebhookAddress), QStringLiteral("127.0.0.1"));
    }
}

void TestSettingsDialog::webhookSecretGoesToItsOwnStore()
{
    const EnvironmentGuard environment;
    const auto settings = open();
    const auto apiKeys = loadedProvider(std::make_unique<MemoryCredentialStore>());
    auto secrets = std::make_unique<ApiKeyProvider>(std::make_unique<MemoryCredentialStore>());
    secrets->setEnvironmentVariable(QStringLiteral("DIALGEN_WEBHOOK_SECRET"));
    secrets->load();
    QTRY_VERIFY(secrets->isLoaded());
    const QString secret = QStringLiteral("whsec-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    {
        SettingsDialog dialog(settings.get(), apiKeys.get());
        dialog.setWebhookSecrets(secrets.get());
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("webhookSecretStatus"));
        QVERIFY(status->text().contains(QStringLiteral("None")));
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("webhookSecretEdit"));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        edit->setText(secret);
        dialog.accept();
        QVERIFY(edit->text().isEmpty());
        QTRY_VERIFY(!secrets->isBusy());
        QCOMPARE(secrets->key(), secret);
        QCOMPARE(secrets->source(), Source::Keychain);
        QVERIFY(!apiKeys->hasKey()); // not mixed up with the API key
        QTRY_VERIFY(status->text().contains(QStringLiteral("keychain")));
        QVERIFY(!anyContains(visibleTexts(dialog, true), secret));
    }
    QVERIFY(!readFile(m_iniPath).contains(secret.toUtf8()));
}

void TestSettingsDialog::webhookTestButton()
{
    const auto settings = open();
    SettingsDialog dialog(settings.get(), nullptr);
    QSignalSpy requested(&dialog, &SettingsDialog::webhookTestRequested);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("webhookTestButton"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("webhookTestResult"));
    button->click();
    QCOMPARE(requested.count(), 1);
    QVERIFY(!result->text().isEmpty());
    dialog.showWebhookTestResult(false, QStringLiteral("the receiver is off"));
    QVERIFY(result->text().contains(QStringLiteral("the receiver is off")));
    dialog.setWebhookStatus(QStringLiteral("Listening on 127.0.0.1:8787"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("webhookStatus"))->text(),
             QStringLiteral("Listening on 127.0.0.1:8787"));
}

#include "tst_settingsdialog.moc"

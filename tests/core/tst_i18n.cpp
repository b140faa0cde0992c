#include "testsupport.h"

#include "alertrules.h"
#include "calltablemodel.h"
#include "clock.h"
#include "errorcodes.h"
#include "i18n.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace cw;

namespace {

// CLDR writes some spaces as no-break spaces (the French group separator, "2:05 PM" in newer Qt);
// the tests compare the visible text.
QString plainSpaces(QString text)
{
    text.replace(QChar(0x202F), QLatin1Char(' '));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text;
}

} // namespace

// The translations compiled into the app: each one loads, is complete for the texts people see first,
// and installTranslators() picks it for its locale. Numbers, dates and times follow the chosen language.
class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void catalogueTranslates_data();
    void catalogueTranslates();
    void installPicksTheLocale_data();
    void installPicksTheLocale();
    void installSetsTheDefaultLocale_data();
    void installSetsTheDefaultLocale();
    void numbers_data();
    void numbers();
    void times_data();
    void times();
    void tableFollowsTheLanguage_data();
    void tableFollowsTheLanguage();
    void durations_data();
    void durations();
    void textsBuiltAtRunTimeAreTranslated();

private:
    QLocale m_systemDefault;
};

void TestI18n::init()
{
    QLocale::setDefault(m_systemDefault);
    // Each case starts without translators (installTranslators() parents them to the application).
    const auto installed = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestI18n::catalogueTranslates_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("connection"); // cw::SettingsDialog "&Connection"
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Verbindung");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Conexión");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Connexion");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QString();
}

void TestI18n::catalogueTranslates()
{
    QFETCH(QString, tag);
    QFETCH(QString, connection);
    const QString path = QStringLiteral(":/i18n/callwatch_%1.qm").arg(tag);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QTranslator translator;
    QVERIFY(translator.load(path));
    QCOMPARE(translator.language(), tag == QLatin1String("pt_BR") ? QStringLiteral("pt_BR") : tag);
    // A handful of texts from every part of the window, each translated (not left in English).
    const struct
    {
        const char *context;
        const char *source;
    } texts[] = {{"cw::SettingsDialog", "&Connection"},
                 {"cw::SettingsDialog", "CallWatch Settings"},
                 {"cw::MainWindow", "Refresh"},
                 {"cw::TrendChart", "No calls ended in this period"},
                 {"cw::StatusStyle", "Completed"}};
    for (const auto &text : texts) {
        const QString translated = translator.translate(text.context, text.source);
        QVERIFY2(!translated.isEmpty(), text.source);
        QVERIFY2(translated != QLatin1String(text.source), text.source);
    }
    if (!connection.isEmpty())
        QCOMPARE(translator.translate("cw::SettingsDialog", "&Connection"), connection);
    // Plural forms: %n is filled in by the translation, in both numbers.
    const QString one = translator.translate("cw::MainWindow", "%n event(s) received", nullptr, 1);
    const QString many = translator.translate("cw::MainWindow", "%n event(s) received", nullptr, 5);
    QVERIFY2(one.contains(QLatin1Char('1')) || one.contains(QLatin1String("%n")), qPrintable(one));
    QVERIFY(!many.isEmpty());
    QVERIFY(one != many);
}

void TestI18n::installPicksTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("catalogue");
    QTest::addColumn<QString>("expected"); // cw::SettingsDialog "&Connection"
    QTest::newRow("French") << QStringLiteral("fr_FR") << true << QStringLiteral("&Connexion");
    QTest::newRow("German (Austria)") << QStringLiteral("de_AT") << true << QStringLiteral("&Verbindung");
    QTest::newRow("Spanish (Mexico)") << QStringLiteral("es_MX") << true << QStringLiteral("&Conexión");
    QTest::newRow("English") << QStringLiteral("en_US") << true << QStringLiteral("&Connection");
    QTest::newRow("Japanese: English") << QStringLiteral("ja_JP") << true << QStringLiteral("&Connection");
}

void TestI18n::installPicksTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(bool, catalogue);
    QFETCH(QString, expected);
    QCOMPARE(installTranslators(QCoreApplication::instance(), QLocale(locale)), catalogue);
    QCOMPARE(QCoreApplication::translate("cw::SettingsDialog", "&Connection"), expected);
}

void TestI18n::installSetsTheDefaultLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("number"); // 1234567.5 through QLocale()
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("1.234.567,5");
    QTest::newRow("English (US)") << QStringLiteral("en_US") << QStringLiteral("1,234,567.5");
    QTest::newRow("Brazilian Portuguese") << QStringLiteral("pt_BR") << QStringLiteral("1.234.567,5");
}

// The language chosen in the settings may differ from the system's: QLocale() must follow the choice,
// or a German window would show "1,234,567.5".
void TestI18n::installSetsTheDefaultLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, number);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslators(QCoreApplication::instance(), QLocale(locale));
    QCOMPARE(QLocale().name(), locale);
    QCOMPARE(QLocale().toString(1234567.5, 'f', 1), number);
    QCOMPARE(formatNumber(1234567.5), number);
}

void TestI18n::numbers_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de grouping and comma")
        << QStringLiteral("de_DE") << 12345.5 << 2 << QStringLiteral("12.345,5");
    QTest::newRow("en grouping and point")
        << QStringLiteral("en_US") << 12345.5 << 2 << QStringLiteral("12,345.5");
    QTest::newRow("fr space grouping")
        << QStringLiteral("fr_FR") << 12345.5 << 2 << QStringLiteral("12 345,5");
    QTest::newRow("es comma") << QStringLiteral("es_ES") << 0.25 << 2 << QStringLiteral("0,25");
    QTest::newRow("pt_BR grouping") << QStringLiteral("pt_BR") << 12345.5 << 2 << QStringLiteral("12.345,5");
    QTest::newRow("de rounded to one decimal")
        << QStringLiteral("de_DE") << 2.46 << 1 << QStringLiteral("2,5");
    QTest::newRow("de whole number, no zeros") << QStringLiteral("de_DE") << 2.0 << 2 << QStringLiteral("2");
    QTest::newRow("no minus zero") << QStringLiteral("de_DE") << -0.001 << 1 << QStringLiteral("0");
    QTest::newRow("en no decimals") << QStringLiteral("en_US") << 1499.6 << 0 << QStringLiteral("1,500");
}

void TestI18n::numbers()
{
    QFETCH(QString, locale);
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(plainSpaces(formatNumber(value, decimals, QLocale(locale))), expected);
}

void TestI18n::times_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("minutes");  // 14:05:09 without seconds
    QTest::addColumn<QString>("seconds");  // with seconds
    QTest::addColumn<QString>("dateTime"); // 2025-11-03 14:05:09, short date and minutes
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("14:05")
                            << QStringLiteral("14:05:09") << QStringLiteral("03.11.25 14:05");
    QTest::newRow("English (US)") << QStringLiteral("en_US") << QStringLiteral("2:05 PM")
                                  << QStringLiteral("2:05:09 PM") << QStringLiteral("11/3/25 2:05 PM");
    QTest::newRow("English (UK)") << QStringLiteral("en_GB") << QStringLiteral("14:05")
                                  << QStringLiteral("14:05:09") << QStringLiteral("03/11/2025 14:05");
    QTest::newRow("French") << QStringLiteral("fr_FR") << QStringLiteral("14:05")
                            << QStringLiteral("14:05:09") << QStringLiteral("03/11/2025 14:05");
    QTest::newRow("Spanish") << QStringLiteral("es_ES") << QStringLiteral("14:05")
                             << QStringLiteral("14:05:09") << QStringLiteral("3/11/25 14:05");
    QTest::newRow("Brazilian Portuguese") << QStringLiteral("pt_BR") << QStringLiteral("14:05")
                                          << QStringLiteral("14:05:09") << QStringLiteral("03/11/2025 14:05");
    QTest::newRow("C (tests, machines)")
        << QStringLiteral("C") << QStringLiteral("14:05") << QStringLiteral("14:05:09") << QString();
}

void TestI18n::times()
{
    QFETCH(QString, locale);
    QFETCH(QString, minutes);
    QFETCH(QString, seconds);
    QFETCH(QString, dateTime);
    const QLocale loc(locale);
    const QTime time(14, 5, 9);
    QCOMPARE(plainSpaces(formatTime(time, loc)), minutes);
    QCOMPARE(plainSpaces(formatTime(time, loc, TimePrecision::Seconds)), seconds);
    QVERIFY(!timePattern(loc).contains(u't')); // never a time zone
    if (!dateTime.isEmpty()) {
        const QDateTime when(QDate(2025, 11, 3), time, QTimeZone::utc());
        QCOMPARE(plainSpaces(formatDateTime(when, loc)), dateTime);
    }
    QCOMPARE(formatTime(QTime(), loc), QString());
    QCOMPARE(formatDateTime(QDateTime(), loc), QString());
}

void TestI18n::tableFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("today");   // started today at 09:05:07 local time
    QTest::addColumn<QString>("earlier"); // started 2025-11-12 18:30 local time
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("09:05:07")
                            << QStringLiteral("12.11.25 18:30");
    QTest::newRow("English (US)") << QStringLiteral("en_US") << QStringLiteral("9:05:07 AM")
                                  << QStringLiteral("11/12/25 6:30 PM");
    QTest::newRow("French") << QStringLiteral("fr_FR") << QStringLiteral("09:05:07")
                            << QStringLiteral("12/11/2025 18:30");
}

// The call table's "Started" column in the language the user chose (not the system's, not English).
void TestI18n::tableFollowsTheLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, today);
    QFETCH(QString, earlier);
    installTranslators(QCoreApplication::instance(), QLocale(locale));
    ManualClock clock(QDateTime(QDate(2025, 11, 15), QTime(12, 0)).toUTC());
    CallTableModel model(clock);
    QAbstractItemModelTester tester(&model);
    const auto call = [](const QString &id, const QDateTime &start) {
        CallSnapshot snapshot;
        snapshot.callId = id;
        snapshot.status = CallStatus::Completed;
        snapshot.startTime = start.toUTC();
        return snapshot;
    };
    model.upsert({call(QStringLiteral("today"), QDateTime(QDate(2025, 11, 15), QTime(9, 5, 7))),
                  call(QStringLiteral("earlier"), QDateTime(QDate(2025, 11, 12), QTime(18, 30)))});
    QCOMPARE(plainSpaces(model.index(model.rowOf(QStringLiteral("today")), CallTableModel::StartedColumn)
                             .data()
                             .toString()),
             today);
    QCOMPARE(plainSpaces(model.index(model.rowOf(QStringLiteral("earlier")), CallTableModel::StartedColumn)
                             .data()
                             .toString()),
             earlier);
    // The column header is translated too (English keeps its source text).
    const QString header = model.headerData(CallTableModel::StartedColumn, Qt::Horizontal).toString();
    QCOMPARE(header == QLatin1String("Started"), locale.startsWith(QLatin1String("en")));
}

void TestI18n::durations_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("seconds") << qint64(42) << QStringLiteral("0:42");
    QTest::newRow("minutes") << qint64(307) << QStringLiteral("5:07");
    QTest::newRow("hours") << qint64(3723) << QStringLiteral("1:02:03");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("0:00");
}

// A stopwatch reads the same in every language (no decimal or group separators involved).
void TestI18n::durations()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(formatDuration(seconds), expected);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(formatDuration(seconds), expected);
}

// Texts looked up through helpers (a table of error codes, the alert rules' names) must be extracted under
// the context they are looked up with, or they stay English in every language.
void TestI18n::textsBuiltAtRunTimeAreTranslated()
{
    installTranslators(QCoreApplication::instance(), QLocale(QStringLiteral("de_DE")));
    const ErrorExplanation busy = explainError(QStringLiteral("BUSY"));
    QCOMPARE(busy.shortText, QStringLiteral("Besetzt"));
    QCOMPARE(busy.retry, QStringLiteral("In einem Batch wählt Dialgen nach der Besetzt-Wartezeit des Batches "
                                        "(standardmäßig 5 Minuten) erneut, bis zur maximalen Anzahl von "
                                        "Versuchen."));
    const ErrorExplanation unknown = explainError(QStringLiteral("something odd"));
    QVERIFY2(unknown.explanation.startsWith(QStringLiteral("Dialgen hat einen Fehler gemeldet")),
             qPrintable(unknown.explanation));
    QCOMPARE(alertKindTitle(AlertKind::FailureRate), QStringLiteral("Fehlerrate"));
    QCOMPARE(alertKindTitle(AlertKind::PollingDown), QStringLiteral("Abfrage"));
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"

#include "testsupport.h"

#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace cw;

// The translations compiled into the app: each one loads, is complete for the texts people see first,
// and installTranslators() picks it for its locale.
class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void catalogueTranslates_data();
    void catalogueTranslates();
    void installPicksTheLocale_data();
    void installPicksTheLocale();
};

void TestI18n::init()
{
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

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"

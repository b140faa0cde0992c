#include "testsupport.h"

#include "credentialstore.h"
#include "dialgenclient.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace cw;

namespace {

using Outcome = SettingCheck::Outcome;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

// Every spelling of `secret` that could end up in a file.
QList<QByteArray> spellings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {utf8,
            QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
            utf8.toBase64(),
            utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            utf8.toHex(),
            utf8.toPercentEncoding()};
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void registryIsComplete();
    void defaults();
    void defaultsAreNotWritten();
    void roundTripThroughIniFile();
    void validation_data();
    void validation();
    void handEditedFileFallsBack();
    void changedOnlyOnRealChanges();
    void pollSettingsMapping();
    void alertConfigMapping();
    void wallboardPin_data();
    void wallboardPin();
    void baseUrlRequiresHttps_data();
    void baseUrlRequiresHttps();
    void typedAccessors();
    void defaultConstructorUsesApplicationSettings();
    void apiKeyNeverInSettingsFile();

private:
    std::unique_ptr<Settings> open() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_iniPath;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_iniPath = m_dir->filePath(QStringLiteral("callwatch.ini"));
}

void TestSettings::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Settings> TestSettings::open() const
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(m_iniPath, QSettings::IniFormat));
}

void TestSettings::registryIsComplete()
{
    const QList<SettingKey> keys = Settings::allKeys();
    QCOMPARE(keys.size(), int(SettingKey::Count));
    QSet<QString> paths;
    const QRegularExpression secretish(QStringLiteral("api.?key|token|secret|password|credential"),
                                       QRegularExpression::CaseInsensitiveOption);
    for (const SettingKey key : keys) {
        const SettingSpec &spec = Settings::spec(key);
        QCOMPARE(spec.key, key);
        QVERIFY2(!spec.path.isEmpty() && spec.path.contains(u'/'), qPrintable(spec.path));
        QVERIFY2(!paths.contains(spec.path), qPrintable(spec.path));
        paths.insert(spec.path);
        QVERIFY(Settings::keyFromPath(spec.path) == key);
        // The API key is never a setting.
        QVERIFY2(!secretish.match(spec.path).hasMatch(), qPrintable(spec.path));
        // Every default passes its own validation unchanged.
        const SettingCheck check = Settings::check(key, spec.defaultValue);
        QVERIFY2(check.isAccepted(), qPrintable(spec.path + QLatin1String(": ") + check.reason));
        QCOMPARE(check.value, spec.defaultValue);
        if (spec.type == SettingType::Integer || spec.type == SettingType::Real) {
            QVERIFY(spec.minimum <= spec.defaultValue.toDouble());
            QVERIFY(spec.defaultValue.toDouble() <= spec.maximum);
        }
    }
    QVERIFY(!Settings::keyFromPath(u"polling/nope"));
}

void TestSettings::defaults()
{
    const auto settings = open();
    for (const SettingKey key : Settings::allKeys()) {
        QCOMPARE(settings->value(key), Settings::defaultValue(key));
        QVERIFY(!settings->isStored(key));
        QVERIFY(settings->problem(key).isEmpty());
    }
    QVERIFY(settings->problems().isEmpty());
    QCOMPARE(settings->baseUrl(), QUrl(QStringLiteral("https://sa.dialgen.ai")));
    QCOMPARE(settings->integer(SettingKey::OngoingCadenceMs), qint64(5'000));
    QCOMPARE(settings->integer(SettingKey::ScheduledCadenceMs), qint64(15'000));
    QCOMPARE(settings->integer(SettingKey::BatchCadenceMs), qint64(10'000));
    QCOMPARE(settings->integer(SettingKey::BatchStatisticsCadenceMs), qint64(30'000));
    QCOMPARE(settings->integer(SettingKey::MaxInFlight), qint64(6));
    QCOMPARE(settings->real(SettingKey::RateLimitPerSecond), 10.0);
    QCOMPARE(settings->retentionDays(), 90);
    QCOMPARE(settings->theme(), Settings::Theme::System);
    QVERIFY(settings->timeZoneId().isEmpty());
    QCOMPARE(settings->timeZone(), QTimeZone::systemTimeZone());
    QVERIFY(settings->language().isEmpty());
    QCOMPARE(settings->statusFilterMask(), 0x3fu);
    QVERIFY(settings->bytes(SettingKey::WindowGeometry).isEmpty());
    QVERIFY(settings->text(SettingKey::SearchText).isEmpty());
}

void TestSettings::defaultsAreNotWritten()
{
    const auto settings = open();
    settings->setValue(SettingKey::MaxInFlight, 3);
    QVERIFY(settings->isStored(SettingKey::MaxInFlight));
    // Choosing the default again removes the entry, so a later release may change the default.
    settings->setValue(SettingKey::MaxInFlight, 6);
    QVERIFY(!settings->isStored(SettingKey::MaxInFlight));
    settings->setValue(SettingKey::Theme, QStringLiteral("SYSTEM"));
    QVERIFY(!settings->isStored(SettingKey::Theme));
    settings->sync();
    QVERIFY(!readFile(m_iniPath).contains("maxInFlight"));
}

void TestSettings::roundTripThroughIniFile()
{
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00 binary\n=,\"", 20);
    {
        const auto settings = open();
        QVERIFY(settings->setBaseUrl(QUrl(QStringLiteral("https://eu.dialgen.example/base"))).isAccepted());
        QVERIFY(settings->setValue(SettingKey::OngoingCadenceMs, 7'000).isAccepted());
        QVERIFY(settings->setValue(SettingKey::ScheduledCadenceMs, 20'000).isAccepted());
        QVERIFY(settings->setValue(SettingKey::BatchCadenceMs, 12'000).isAccepted());
        QVERIFY(settings->setValue(SettingKey::BatchStatisticsCadenceMs, 60'000).isAccepted());
        QVERIFY(settings->setValue(SettingKey::MaxInFlight, 4).isAccepted());
        QVERIFY(settings->setValue(SettingKey::RateLimitPerSecond, 2.5).isAccepted());
        QVERIFY(settings->setValue(SettingKey::MaxCallDurationS, 900).isAccepted());
        QVERIFY(settings->setValue(SettingKey::StaleAfterCadences, 5).isAccepted());
        QVERIFY(settings->setValue(SettingKey::RetentionDays, 0).isAccepted());
        QVERIFY(settings->setValue(SettingKey::TimeZone, QStringLiteral("Europe/Berlin")).isAccepted());
        settings->setTheme(Settings::Theme::Dark);
        QVERIFY(settings->setValue(SettingKey::Language, QStringLiteral("pt_BR")).isAccepted());
        QVERIFY(settings->setValue(SettingKey::WindowGeometry, geometry).isAccepted());
        QVERIFY(settings->setValue(SettingKey::WindowState, QByteArray("state")).isAccepted());
        QVERIFY(settings->setValue(SettingKey::HeaderState, QByteArray("header")).isAccepted());
        QVERIFY(settings->setValue(SettingKey::SplitterState, QByteArray("splitter")).isAccepted());
        QVERIFY(settings->setValue(SettingKey::StatusFilterMask, 0x05).isAccepted());
        QVERIFY(settings->setValue(SettingKey::SearchText, QStringLiteral("ana, +49 30 \"x\"")).isAccepted());
        QVERIFY(settings->setValue(SettingKey::BatchFilter, QStringLiteral("batch-42")).isAccepted());
        settings->sync();
        QCOMPARE(settings->store().status(), QSettings::NoError);
        QCOMPARE(settings->fileName(), m_iniPath);
    }
    const QByteArray raw = readFile(m_iniPath);
    QVERIFY(raw.contains("[polling]"));
    QVERIFY(raw.contains("ongoingCadenceMs=7000"));

    // A fresh QSettings reads the file from disk (no shared in-process cache with the writer left).
    const auto settings = open();
    QVERIFY2(settings->problems().isEmpty(), qPrintable(settings->problems().values().join(u'\n')));
    QCOMPARE(settings->baseUrl(), QUrl(QStringLiteral("https://eu.dialgen.example/base")));
    QCOMPARE(settings->integer(SettingKey::OngoingCadenceMs), qint64(7'000));
    QCOMPARE(settings->integer(SettingKey::ScheduledCadenceMs), qint64(20'000));
    QCOMPARE(settings->integer(SettingKey::BatchCadenceMs), qint64(12'000));
    QCOMPARE(settings->integer(SettingKey::BatchStatisticsCadenceMs), qint64(60'000));
    QCOMPARE(settings->integer(SettingKey::MaxInFlight), qint64(4));
    QCOMPARE(settings->real(SettingKey::RateLimitPerSecond), 2.5);
    QCOMPARE(settings->integer(SettingKey::MaxCallDurationS), qint64(900));
    QCOMPARE(settings->integer(SettingKey::StaleAfterCadences), qint64(5));
    QCOMPARE(settings->retentionDays(), 0);
    QCOMPARE(settings->timeZoneId(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(settings->timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(settings->theme(), Settings::Theme::Dark);
    QCOMPARE(settings->language(), QStringLiteral("pt_BR"));
    QCOMPARE(settings->bytes(SettingKey::WindowGeometry), geometry);
    QCOMPARE(settings->bytes(SettingKey::WindowState), QByteArray("state"));
    QCOMPARE(settings->bytes(SettingKey::HeaderState), QByteArray("header"));
    QCOMPARE(settings->bytes(SettingKey::SplitterState), QByteArray("splitter"));
    QCOMPARE(settings->statusFilterMask(), 0x05u);
    QCOMPARE(settings->text(SettingKey::SearchText), QStringLiteral("ana, +49 30 \"x\""));
    QCOMPARE(settings->text(SettingKey::BatchFilter), QStringLiteral("batch-42"));
}

void TestSettings::validation_data()
{
    QTest::addColumn<SettingKey>("key");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<Outcome>("outcome");

    const auto n = [](qint64 v) {
        return QVariant(qlonglong(v));
    };
    const auto s = [](const char *v) {
        return QVariant(QString::fromUtf8(v));
    };
    using K = SettingKey;
    const QVariant none;

    QTest::newRow("int") << K::OngoingCadenceMs << QVariant(7000) << n(7000) << Outcome::Accepted;
    QTest::newRow("int from string") << K::OngoingCadenceMs << s(" 8000 ") << n(8000) << Outcome::Accepted;
    QTest::newRow("int from whole double")
        << K::OngoingCadenceMs << QVariant(9000.0) << n(9000) << Outcome::Accepted;
    QTest::newRow("int below min") << K::OngoingCadenceMs << QVariant(10) << n(1000) << Outcome::Clamped;
    QTest::newRow("int negative") << K::OngoingCadenceMs << s("-5") << n(1000) << Outcome::Clamped;
    QTest::newRow("int above max") << K::OngoingCadenceMs << QVariant(99'999'999) << n(600'000)
                                   << Outcome::Clamped;
    QTest::newRow("int huge") << K::OngoingCadenceMs << QVariant(1e30) << n(600'000) << Outcome::Clamped;
    QTest::newRow("int garbage") << K::OngoingCadenceMs << s("abc") << n(5000) << Outcome::Defaulted;
    QTest::newRow("int fraction") << K::OngoingCadenceMs << QVariant(7000.5) << n(5000) << Outcome::Defaulted;
    QTest::newRow("int hex string") << K::OngoingCadenceMs << s("0x1F40") << n(5000) << Outcome::Defaulted;
    QTest::newRow("int bool") << K::OngoingCadenceMs << QVariant(true) << n(5000) << Outcome::Defaulted;
    QTest::newRow("int null") << K::OngoingCadenceMs << none << n(5000) << Outcome::Defaulted;
    QTest::newRow("int empty") << K::OngoingCadenceMs << s("") << n(5000) << Outcome::Defaulted;
    QTest::newRow("in flight 0") << K::MaxInFlight << QVariant(0) << n(1) << Outcome::Clamped;
    QTest::newRow("in flight 100") << K::MaxInFlight << QVariant(100) << n(16) << Outcome::Clamped;
    QTest::newRow("retention forever") << K::RetentionDays << QVariant(0) << n(0) << Outcome::Accepted;
    QTest::newRow("retention negative") << K::RetentionDays << QVariant(-1) << n(0) << Outcome::Clamped;
    QTest::newRow("mask") << K::StatusFilterMask << QVariant(0x3f) << n(0x3f) << Outcome::Accepted;
    QTest::newRow("mask none") << K::StatusFilterMask << QVariant(0) << n(0) << Outcome::Accepted;
    QTest::newRow("mask too wide") << K::StatusFilterMask << QVariant(0xff) << n(0x3f) << Outcome::Clamped;
    QTest::newRow("rate") << K::RateLimitPerSecond << s("2.5") << QVariant(2.5) << Outcome::Accepted;
    QTest::newRow("rate int") << K::RateLimitPerSecond << QVariant(3) << QVariant(3.0) << Outcome::Accepted;
    QTest::newRow("rate zero") << K::RateLimitPerSecond << QVariant(0.0) << QVariant(0.1) << Outcome::Clamped;
    QTest::newRow("rate huge") << K::RateLimitPerSecond << QVariant(1e9) << QVariant(50.0)
                               << Outcome::Clamped;
    QTest::newRow("rate nan") << K::RateLimitPerSecond << s("nan") << QVariant(10.0) << Outcome::Defaulted;
    QTest::newRow("rate inf") << K::RateLimitPerSecond << QVariant(qInf()) << QVariant(10.0)
                              << Outcome::Defaulted;
    QTest::newRow("rate comma") << K::RateLimitPerSecond << s("2,5") << QVariant(10.0) << Outcome::Defaulted;
    QTest::newRow("theme") << K::Theme << s("dark") << s("dark") << Outcome::Accepted;
    QTest::newRow("theme case") << K::Theme << s(" Light ") << s("light") << Outcome::Accepted;
    QTest::newRow("theme unknown") << K::Theme << s("purple") << s("system") << Outcome::Defaulted;
    QTest::newRow("theme number") << K::Theme << QVariant(2) << s("system") << Outcome::Defaulted;
    QTest::newRow("zone") << K::TimeZone << s("America/New_York") << s("America/New_York")
                          << Outcome::Accepted;
    QTest::newRow("zone utc") << K::TimeZone << s("UTC") << s("UTC") << Outcome::Accepted;
    QTest::newRow("zone system") << K::TimeZone << s("") << s("") << Outcome::Accepted;
    QTest::newRow("zone unknown") << K::TimeZone << s("Mars/Olympus_Mons") << s("") << Outcome::Defaulted;
    QTest::newRow("zone spaces") << K::TimeZone << s("Europe/ Berlin") << s("") << Outcome::Defaulted;
    QTest::newRow("language") << K::Language << s("de") << s("de") << Outcome::Accepted;
    QTest::newRow("language region") << K::Language << s("pt-BR") << s("pt-BR") << Outcome::Accepted;
    QTest::newRow("language system") << K::Language << s("") << s("") << Outcome::Accepted;
    QTest::newRow("language junk") << K::Language << s("../../etc") << s("") << Outcome::Defaulted;
    QTest::newRow("language digits") << K::Language << s("123") << s("") << Outcome::Defaulted;
    QTest::newRow("url") << K::BaseUrl << s("https://api.example.com") << s("https://api.example.com")
                         << Outcome::Accepted;
    QTest::newRow("url trimmed") << K::BaseUrl << s(" https://api.example.com/v2 ")
                                 << s("https://api.example.com/v2") << Outcome::Accepted;
    QTest::newRow("url http remote") << K::BaseUrl << s("http://api.example.com")
                                     << s("https://sa.dialgen.ai") << Outcome::Defaulted;
    QTest::newRow("url http loopback")
        << K::BaseUrl << s("http://127.0.0.1:8080") << s("http://127.0.0.1:8080") << Outcome::Accepted;
    QTest::newRow("url ftp") << K::BaseUrl << s("ftp://api.example.com") << s("https://sa.dialgen.ai")
                             << Outcome::Defaulted;
    QTest::newRow("url user info") << K::BaseUrl << s("https://me:pw@api.example.com")
                                   << s("https://sa.dialgen.ai") << Outcome::Defaulted;
    QTest::newRow("url no host") << K::BaseUrl << s("not a url") << s("https://sa.dialgen.ai")
                                 << Outcome::Defaulted;
    QTest::newRow("url QUrl") << K::BaseUrl << QVariant(QUrl(QStringLiteral("https://x.example")))
                              << s("https://x.example") << Outcome::Accepted;
    QTest::newRow("bytes") << K::WindowGeometry << QVariant(QByteArray("\x01\x02", 2))
                           << QVariant(QByteArray("\x01\x02", 2)) << Outcome::Accepted;
    QTest::newRow("bytes from text") << K::HeaderState << s("abc") << QVariant(QByteArray())
                                     << Outcome::Defaulted;
    QTest::newRow("bytes too big") << K::SplitterState << QVariant(QByteArray(100'000, 'x'))
                                   << QVariant(QByteArray()) << Outcome::Defaulted;
    QTest::newRow("text") << K::SearchText << s("ana, bob") << s("ana, bob") << Outcome::Accepted;
    QTest::newRow("text list from ini")
        << K::SearchText << QVariant(QStringList{QStringLiteral("ana"), QStringLiteral("bob")})
        << s("ana, bob") << Outcome::Accepted;
    QTest::newRow("text too long") << K::SearchText << QVariant(QString(2'000, u'x')) << s("")
                                   << Outcome::Defaulted;
    QTest::newRow("batch") << K::BatchFilter << s("batch-1") << s("batch-1") << Outcome::Accepted;
    QTest::newRow("batch number") << K::BatchFilter << QVariant(12) << s("") << Outcome::Defaulted;
}

void TestSettings::validation()
{
    QFETCH(SettingKey, key);
    QFETCH(QVariant, input);
    QFETCH(QVariant, expected);
    QFETCH(Outcome, outcome);

    const SettingCheck check = Settings::check(key, input);
    QCOMPARE(check.value, expected);
    QCOMPARE(check.value.typeId(), expected.typeId());
    QCOMPARE(check.outcome, outcome);
    QCOMPARE(check.reason.isEmpty(), outcome == Outcome::Accepted);

    // Through the object and the file: what check() says is what is stored and read back.
    const auto settings = open();
    const SettingCheck stored = settings->setValue(key, input);
    QCOMPARE(stored.value, expected);
    QCOMPARE(stored.outcome, outcome);
    QCOMPARE(settings->value(key), expected);
    QVERIFY(settings->problem(key).isEmpty()); // what was stored is valid
    settings->sync();
    QCOMPARE(open()->value(key), expected);
}

void TestSettings::handEditedFileFallsBack()
{
    QVERIFY(writeFile(m_iniPath, "[connection]\n"
                                 "baseUrl=http://evil.example\n"
                                 "[polling]\n"
                                 "ongoingCadenceMs=abc\n"
                                 "maxInFlight=999\n"
                                 "rateLimitPerSecond=2.5\n"
                                 "[display]\n"
                                 "theme=purple\n"
                                 "timeZone=Europe/Paris\n"
                                 "[filter]\n"
                                 "searchText=a, b\n"
                                 "[unknown]\n"
                                 "whatever=1\n"));
    const auto settings = open();
    QCOMPARE(settings->baseUrl(), QUrl(QStringLiteral("https://sa.dialgen.ai")));
    QCOMPARE(settings->integer(SettingKey::OngoingCadenceMs), qint64(5'000));
    QCOMPARE(settings->integer(SettingKey::MaxInFlight), qint64(16));
    QCOMPARE(settings->real(SettingKey::RateLimitPerSecond), 2.5);
    QCOMPARE(settings->theme(), Settings::Theme::System);
    QCOMPARE(settings->timeZoneId(), QStringLiteral("Europe/Paris"));
    QCOMPARE(settings->text(SettingKey::SearchText), QStringLiteral("a, b")); // INI gave a list

    const QHash<SettingKey, QString> problems = settings->problems();
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.value(SettingKey::BaseUrl).contains(QLatin1String("HTTPS")));
    QVERIFY(problems.value(SettingKey::OngoingCadenceMs).contains(QLatin1String("abc")));
    QVERIFY(problems.value(SettingKey::MaxInFlight).contains(QLatin1String("16")));
    QVERIFY(problems.value(SettingKey::Theme).contains(QLatin1String("purple")));
    QCOMPARE(settings->problem(SettingKey::RateLimitPerSecond), QString());

    const PollScheduler::Settings poll = settings->pollSettings();
    QCOMPARE(poll.ongoingMs, qint64(5'000));
    QCOMPARE(poll.maxInFlight, 16);
    QCOMPARE(poll.ratePerSecond, 2.5);

    // Reading never rewrites the file; resetting removes the bad value.
    QVERIFY(settings->isStored(SettingKey::OngoingCadenceMs));
    settings->reset(SettingKey::OngoingCadenceMs);
    QVERIFY(!settings->isStored(SettingKey::OngoingCadenceMs));
    QCOMPARE(settings->problems().size(), 3);
}

void TestSettings::changedOnlyOnRealChanges()
{
    const auto settings = open();
    QSignalSpy spy(settings.get(), &Settings::changed);
    QVERIFY(spy.isValid());

    settings->setValue(SettingKey::OngoingCadenceMs, 5'000); // the default: no change
    QCOMPARE(spy.count(), 0);
    settings->setValue(SettingKey::OngoingCadenceMs, 7'000);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<SettingKey>(), SettingKey::OngoingCadenceMs);
    settings->setValue(SettingKey::OngoingCadenceMs, QStringLiteral("7000")); // same value, other type
    settings->setValue(SettingKey::OngoingCadenceMs, 7'000.0);
    QCOMPARE(spy.count(), 0);
    settings->setValue(SettingKey::OngoingCadenceMs, QStringLiteral("junk")); // -> default: a change
    QCOMPARE(spy.count(), 1);
    QCOMPARE(settings->integer(SettingKey::OngoingCadenceMs), qint64(5'000));
    settings->setValue(SettingKey::OngoingCadenceMs, QStringLiteral("junk")); // default again: none
    QCOMPARE(spy.count(), 1);
    spy.clear();

    settings->setValue(SettingKey::MaxInFlight, 100); // clamped to 16: a change
    settings->setValue(SettingKey::MaxInFlight, 50);  // clamped to 16 again: none
    QCOMPARE(spy.count(), 1);
    spy.clear();

    settings->setTheme(Settings::Theme::Dark);
    settings->setValue(SettingKey::Theme, QStringLiteral("DARK"));
    QCOMPARE(spy.count(), 1);
    spy.clear();

    settings->reset(SettingKey::Theme);
    QCOMPARE(spy.count(), 1);
    settings->reset(SettingKey::Theme);
    QCOMPARE(spy.count(), 1);
    spy.clear();

    // A stored value that reads as the default: resetting it changes nothing visible.
    settings->store().setValue(Settings::path(SettingKey::BatchCadenceMs), QStringLiteral("nonsense"));
    settings->reset(SettingKey::BatchCadenceMs);
    QCOMPARE(spy.count(), 0);

    settings->setValue(SettingKey::MaxInFlight, 3);
    settings->setValue(SettingKey::SearchText, QStringLiteral("x"));
    spy.clear();
    settings->resetAll();
    QCOMPARE(spy.count(), 2);
    for (const SettingKey key : Settings::allKeys())
        QVERIFY(!settings->isStored(key));
}

void TestSettings::pollSettingsMapping()
{
    const auto settings = open();
    const PollScheduler::Settings defaults;
    {
        const PollScheduler::Settings poll = settings->pollSettings();
        QCOMPARE(poll.ongoingMs, defaults.ongoingMs);
        QCOMPARE(poll.scheduledMs, defaults.scheduledMs);
        QCOMPARE(poll.batchMs, defaults.batchMs);
        QCOMPARE(poll.batchStatisticsMs, defaults.batchStatisticsMs);
        QCOMPARE(poll.maxInFlight, defaults.maxInFlight);
        QCOMPARE(poll.ratePerSecond, defaults.ratePerSecond);
        QCOMPARE(poll.maxCallDurationS, defaults.maxCallDurationS);
        QCOMPARE(poll.staleAfterCadences, defaults.staleAfterCadences);
    }
    settings->setValue(SettingKey::OngoingCadenceMs, 2'000);
    settings->setValue(SettingKey::ScheduledCadenceMs, 30'000);
    settings->setValue(SettingKey::BatchCadenceMs, 20'000);
    settings->setValue(SettingKey::BatchStatisticsCadenceMs, 120'000);
    settings->setValue(SettingKey::MaxInFlight, 2);
    settings->setValue(SettingKey::RateLimitPerSecond, 0.5);
    settings->setValue(SettingKey::MaxCallDurationS, 600);
    settings->setValue(SettingKey::StaleAfterCadences, 4);
    const PollScheduler::Settings poll = settings->pollSettings();
    QCOMPARE(poll.ongoingMs, qint64(2'000));
    QCOMPARE(poll.scheduledMs, qint64(30'000));
    QCOMPARE(poll.batchMs, qint64(20'000));
    QCOMPARE(poll.batchStatisticsMs, qint64(120'000));
    QCOMPARE(poll.maxInFlight, 2);
    QCOMPARE(poll.ratePerSecond, 0.5);
    QCOMPARE(poll.maxCallDurationS, qint64(600));
    QCOMPARE(poll.staleAfterCadences, 4);
    // Not configurable: Dialgen's and CallWatch's own defaults.
    QCOMPARE(poll.backoffBaseMs, defaults.backoffBaseMs);
    QCOMPARE(poll.backoffCapMs, defaults.backoffCapMs);
    QCOMPARE(poll.busyDelayMs, defaults.busyDelayMs);
    QCOMPARE(poll.noAnswerDelayMs, defaults.noAnswerDelayMs);
    QCOMPARE(poll.recheckMarginMs, defaults.recheckMarginMs);
    QCOMPARE(poll.hostFailureThreshold, defaults.hostFailureThreshold);

    // The scheduler takes them as they are.
    PollScheduler scheduler;
    scheduler.setSettings(poll);
    QCOMPARE(scheduler.settings().ongoingMs, qint64(2'000));
}

void TestSettings::alertConfigMapping()
{
    const auto settings = open();
    for (const AlertKind kind : allAlertKinds)
        QCOMPARE(settings->alertConfig(kind), AlertRuleConfig::defaults(kind));

    settings->setValue(SettingKey::AlertFailureWarningPercent, 7.5);
    settings->setValue(SettingKey::AlertFailureCriticalPercent, 30);
    settings->setValue(SettingKey::AlertFailureWindowMinutes, 45);
    settings->setValue(SettingKey::AlertBacklogWarning, 50);
    settings->setValue(SettingKey::AlertBacklogCritical, 5'000);
    settings->setValue(SettingKey::AlertPollingWarningSeconds, 90);
    settings->setValue(SettingKey::AlertPollingCriticalSeconds, 600);

    const AlertRuleConfig failure = settings->alertConfig(AlertKind::FailureRate);
    QCOMPARE(failure.warningThreshold, 7.5);
    QCOMPARE(failure.criticalThreshold, 30.0);
    QCOMPARE(failure.windowMinutes, 45);
    // What the settings do not cover keeps the rule's defaults.
    QCOMPARE(failure.hysteresis, AlertRuleConfig::defaults(AlertKind::FailureRate).hysteresis);
    QCOMPARE(failure.minimumSamples, AlertRuleConfig::defaults(AlertKind::FailureRate).minimumSamples);
    QCOMPARE(settings->alertConfig(AlertKind::InsufficientCredits).windowMinutes, 45);
    QCOMPARE(settings->alertConfig(AlertKind::ScheduledBacklog).warningThreshold, 50.0);
    QCOMPARE(settings->alertConfig(AlertKind::ScheduledBacklog).criticalThreshold, 5'000.0);
    QCOMPARE(settings->alertConfig(AlertKind::PollingDown).warningThreshold, 90.0);
    QCOMPARE(settings->alertConfig(AlertKind::PollingDown).criticalThreshold, 600.0);

    // Out of range is clamped, never fed to the engine as is.
    settings->setValue(SettingKey::AlertFailureWarningPercent, 250);
    QCOMPARE(settings->alertConfig(AlertKind::FailureRate).warningThreshold, 100.0);
    settings->setValue(SettingKey::AlertPollingWarningSeconds, 1);
    QCOMPARE(settings->alertConfig(AlertKind::PollingDown).warningThreshold, 5.0);
}

void TestSettings::wallboardPin_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("right") << QStringLiteral("2468") << QStringLiteral("2468") << true;
    QTest::newRow("wrong") << QStringLiteral("2468") << QStringLiteral("2469") << false;
    QTest::newRow("prefix") << QStringLiteral("2468") << QStringLiteral("246") << false;
    QTest::newRow("longer") << QStringLiteral("2468") << QStringLiteral("24680") << false;
    QTest::newRow("empty attempt") << QStringLiteral("2468") << QString() << false;
    QTest::newRow("unicode") << QStringLiteral("ñ-7") << QStringLiteral("ñ-7") << true;
}

void TestSettings::wallboardPin()
{
    QFETCH(QString, pin);
    QFETCH(QString, attempt);
    QFETCH(bool, accepted);
    {
        const auto settings = open();
        QVERIFY(!settings->hasWallboardPin());
        QVERIFY(settings->checkWallboardPin(attempt)); // no PIN: anything leaves
        settings->setWallboardPin(pin);
        QVERIFY(settings->hasWallboardPin());
        QCOMPARE(settings->checkWallboardPin(attempt), accepted);
        settings->sync();
    }
    // Only a hash reaches the file, and it survives a restart.
    const auto reopened = open();
    QCOMPARE(reopened->checkWallboardPin(attempt), accepted);
    QFile file(reopened->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("pinHash"));
    QVERIFY(!contents.contains(pin.toUtf8()));
    reopened->setWallboardPin({});
    QVERIFY(!reopened->hasWallboardPin());
    QVERIFY(reopened->checkWallboardPin(QStringLiteral("anything")));
}

void TestSettings::baseUrlRequiresHttps_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https remote") << QStringLiteral("https://sa.dialgen.ai") << true;
    QTest::newRow("https port") << QStringLiteral("https://dialgen.example:8443/api") << true;
    QTest::newRow("http remote") << QStringLiteral("http://sa.dialgen.ai") << false;
    QTest::newRow("HTTP upper") << QStringLiteral("HTTP://sa.dialgen.ai") << false;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:9000") << true;
    QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9000") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:9000") << true;
    QTest::newRow("http LAN") << QStringLiteral("http://192.168.1.10") << false;
    QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.evil.example") << false;
    QTest::newRow("ws") << QStringLiteral("ws://127.0.0.1") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSettings::baseUrlRequiresHttps()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const auto settings = open();
    QVERIFY(settings->setBaseUrl(QUrl(QStringLiteral("https://before.example"))).isAccepted());
    const SettingCheck check = settings->setBaseUrl(QUrl(url));
    QCOMPARE(check.isAccepted(), accepted);
    if (accepted) {
        QCOMPARE(settings->baseUrl(), QUrl(url));
    } else {
        QVERIFY(!check.reason.isEmpty());
        QCOMPARE(settings->baseUrl(), QUrl(QStringLiteral("https://sa.dialgen.ai")));
    }
    // Whatever is stored passes the client's own check.
    QVERIFY(!DialgenClient::checkBaseUrl(settings->baseUrl()).isError());
}

void TestSettings::typedAccessors()
{
    const auto settings = open();
    for (const auto theme : {Settings::Theme::Light, Settings::Theme::Dark, Settings::Theme::System}) {
        settings->setTheme(theme);
        QCOMPARE(settings->theme(), theme);
    }
    QCOMPARE(Settings::themeName(Settings::Theme::Dark), QStringLiteral("dark"));
    settings->setValue(SettingKey::TimeZone, QStringLiteral("Asia/Tokyo"));
    QCOMPARE(settings->timeZone(), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    settings->setValue(SettingKey::TimeZone, QStringLiteral("Nowhere/Atlantis"));
    QCOMPARE(settings->timeZone(), QTimeZone::systemTimeZone());
    settings->setValue(SettingKey::StatusFilterMask, 0x21);
    QCOMPARE(settings->statusFilterMask(), 0x21u);
    settings->setValue(SettingKey::RetentionDays, 7);
    QCOMPARE(settings->retentionDays(), 7);
}

void TestSettings::defaultConstructorUsesApplicationSettings()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("CallWatchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    {
        Settings settings;
        QVERIFY(!settings.fileName().isEmpty());
        settings.setValue(SettingKey::MaxInFlight, 2);
        settings.sync();
#if defined(Q_OS_LINUX)
        QVERIFY2(settings.fileName().startsWith(m_dir->path()), qPrintable(settings.fileName()));
        QVERIFY(readFile(settings.fileName()).contains("maxInFlight=2"));
#endif
        settings.resetAll();
        settings.sync();
    }
}

void TestSettings::apiKeyNeverInSettingsFile()
{
    // Everything that would use the platform's default settings lands in the temporary folder too, so
    // a plain-text fallback anywhere (QtKeychain's included) would be found below.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("CallWatchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));

    const QString secret = QStringLiteral("dg_live_") + QUuid::createUuid().toString(QUuid::Id128);
    const auto settings = open();
    settings->setBaseUrl(QUrl(QStringLiteral("https://eu.dialgen.example")));
    settings->setValue(SettingKey::OngoingCadenceMs, 6'000);
    settings->setValue(SettingKey::SearchText, QStringLiteral("ana"));

    // The key through every path of the provider: keychain-like store, session, environment.
    {
        ApiKeyProvider provider(std::make_unique<MemoryCredentialStore>());
        provider.load();
        QTRY_VERIFY(provider.isLoaded());
        provider.storeKey(secret);
        QTRY_VERIFY(!provider.isBusy());
        QCOMPARE(provider.source(), ApiKeyProvider::Source::Keychain);
        provider.setSessionKey(secret);
        provider.forgetKey();
        QTRY_VERIFY(!provider.isBusy());
    }
    {
        // The real keychain, under a test-only entry: either it works (and the entry is deleted again)
        // or it fails; with the insecure fallback off it never writes a file.
        auto keychain = std::make_unique<KeychainCredentialStore>(
            QStringLiteral("CallWatch-test"),
            QStringLiteral("tst_settings-") + QUuid::createUuid().toString(QUuid::Id128));
        keychain->setTimeoutMs(5'000);
        ApiKeyProvider provider(std::move(keychain));
        provider.storeKey(secret);
        QTRY_VERIFY_WITH_TIMEOUT(!provider.isBusy(), 10'000);
        provider.forgetKey();
        QTRY_VERIFY_WITH_TIMEOUT(!provider.isBusy(), 10'000);
    }
    settings->sync();

    const QByteArray ini = readFile(m_iniPath);
    QVERIFY(ini.contains("6000"));
    QVERIFY(!ini.toLower().contains("apikey"));
    QVERIFY(!ini.toLower().contains("api_key"));
    QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        const QString file = files.next();
        const QByteArray content = readFile(file);
        for (const QByteArray &spelling : spellings(secret))
            QVERIFY2(!content.contains(spelling), qPrintable(file));
        ++scanned;
    }
    QVERIFY(scanned >= 1);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"

#include "testsupport.h"

#include "callfilterproxymodel.h"
#include "calltablemodel.h"
#include "calltracker.h"
#include "cannedserver.h"
#include "mainwindow.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace cw;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStateTellsWhatToDo();
    void demoWindowShowsCallsChanging();
    void bannerForRejectedKey();
    void bannerForMissingCredits();
    void searchFiltersTheTable();
    void pastedIdsAreValidated();
    void splitIds_data();
    void splitIds();
};

void TestMainWindow::emptyStateTellsWhatToDo()
{
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("DIALGEN_API_KEY")));
    QVERIFY(empty->text().contains(QStringLiteral("--demo")));
    QVERIFY(!window.tableView()->isVisible());
}

void TestMainWindow::demoWindowShowsCallsChanging()
{
    Session session(ClientConfig{});
    Session::DemoOptions options;
    options.speed = 200;
    options.seed = 99;
    QString error;
    QVERIFY2(session.startDemo(options, &error), qPrintable(error));
    CallTracker::Settings settings;
    settings.poll.ongoingMs = 250;
    settings.poll.scheduledMs = 250;
    settings.poll.batchMs = 250;
    session.tracker()->setSettings(settings);

    MainWindow window(session.model(), session.tracker());
    QAbstractItemModelTester tester(window.proxyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    session.tracker()->start();

    QTRY_VERIFY_WITH_TIMEOUT(window.tableView()->isVisible(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        session.model()->count(CallStatus::Scheduled) + session.model()->count(CallStatus::Ongoing) > 0,
        10000);

    // Note every row's status text as the view shows it, then wait for the view to show a different one.
    QHash<QString, QString> before;
    const QAbstractItemModel *view = window.tableView()->model();
    for (int row = 0; row < view->rowCount(); ++row)
        before.insert(view->index(row, CallTableModel::CallIdColumn).data().toString(),
                      view->index(row, CallTableModel::StatusColumn).data().toString());
    const auto changedRows = [&] {
        int changed = 0;
        for (int row = 0; row < view->rowCount(); ++row) {
            const QString id = view->index(row, CallTableModel::CallIdColumn).data().toString();
            const auto it = before.constFind(id);
            if (it != before.constEnd() &&
                *it != view->index(row, CallTableModel::StatusColumn).data().toString())
                ++changed;
        }
        return changed;
    };
    QTRY_VERIFY_WITH_TIMEOUT(changedRows() >= 3, 20000);
    QVERIFY(session.model()->count(CallStatus::Completed) + session.model()->count(CallStatus::Missed) +
                session.model()->count(CallStatus::Failed) >
            0);
    auto *health = window.findChild<QLabel *>(QStringLiteral("healthLabel"));
    QVERIFY(health);
    QVERIFY2(health->text().contains(QStringLiteral("Polling OK")), qPrintable(health->text()));
}

void TestMainWindow::bannerForRejectedKey()
{
    cw::test::CannedServer server;
    server.serve(QStringLiteral("/api/v1/status/call"),
                 {401, R"({"error":"Invalid API key"})", "application/json", {}});
    ClientConfig config;
    config.baseUrl = server.url();
    config.apiKey = QStringLiteral("wrong-key");
    Session session(config);
    MainWindow window(session.model(), session.tracker());
    window.show();
    window.addCallIds(QStringLiteral("call_1"));
    session.tracker()->start();
    auto *banner = window.findChild<QLabel *>(QStringLiteral("banner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("API key")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Invalid API key"))); // the server's own words
    QVERIFY(!banner->text().contains(QStringLiteral("wrong-key")));
    auto *health = window.findChild<QLabel *>(QStringLiteral("healthLabel"));
    QVERIFY(health->text().contains(QStringLiteral("Polling stopped")));
}

void TestMainWindow::bannerForMissingCredits()
{
    cw::test::CannedServer server;
    server.serve(
        QStringLiteral("/api/v1/status/call"),
        {402, R"({"error":"Payment Required","code":"INSUFFICIENT_CREDITS"})", "application/json", {}});
    ClientConfig config;
    config.baseUrl = server.url();
    config.apiKey = QStringLiteral("k");
    Session session(config);
    MainWindow window(session.model(), session.tracker());
    window.show();
    window.addCallIds(QStringLiteral("call_1"));
    session.tracker()->start();
    auto *banner = window.findChild<QLabel *>(QStringLiteral("banner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("credits")), qPrintable(banner->text()));
    // Dialgen answers again: the banner goes.
    server.serve(QStringLiteral("/api/v1/status/call"),
                 {200, R"({"callId":"call_1","status":"ONGOING"})", "application/json", {}});
    session.tracker()->refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
}

void TestMainWindow::searchFiltersTheTable()
{
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    window.addCallIds(QStringLiteral("call_alpha call_beta clx_gamma"));
    QCOMPARE(window.proxyModel()->rowCount(), 3);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("call_"));
    QCOMPARE(window.proxyModel()->rowCount(), 2);
    search->clear();
    QCOMPARE(window.proxyModel()->rowCount(), 3);
}

void TestMainWindow::pastedIdsAreValidated()
{
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    const QString tooLong(300, QLatin1Char('x'));
    const QStringList invalid =
        window.addCallIds(QStringLiteral("call_1, call_2\ncall_3;") + tooLong + QStringLiteral(" call_1"));
    QCOMPARE(invalid, QStringList{tooLong});
    QCOMPARE(session.model()->rowCount(), 3); // call_1 only once
    QVERIFY(session.tracker()->isTracked(QStringLiteral("call_2")));
}

void TestMainWindow::splitIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out << QString::fromUtf8(item);
        return out;
    };
    QTest::newRow("newlines") << "a\nb\r\nc" << list({"a", "b", "c"});
    QTest::newRow("commas and spaces") << "a, b ,c  d" << list({"a", "b", "c", "d"});
    QTest::newRow("tabs and semicolons") << "a\tb;c" << list({"a", "b", "c"});
    QTest::newRow("empty") << "  \n , " << QStringList{};
    QTest::newRow("opaque ids kept verbatim") << "CA1f+x=/y clx0Ab" << list({"CA1f+x=/y", "clx0Ab"});
}

void TestMainWindow::splitIds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QCOMPARE(MainWindow::splitIds(text), ids);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

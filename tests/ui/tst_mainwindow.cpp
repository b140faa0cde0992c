#include "testsupport.h"

#include "callfilterproxymodel.h"
#include "calltablemodel.h"
#include "calltracker.h"
#include "cannedserver.h"
#include "credentialstore.h"
#include "csv.h"
#include "detailpane.h"
#include "historystore.h"
#include "i18n.h"
#include "mainwindow.h"
#include "session.h"
#include "settings.h"
#include "settingsdialog.h"
#include "statusstyle.h"
#include "theme.h"
#include "trendchart.h"
#include "trendmodel.h"
#include "wallboard.h"
#include "webhookreceiver.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace cw;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyStateTellsWhatToDo();
    void demoWindowShowsCallsChanging();
    void bannerForRejectedKey();
    void bannerForMissingCredits();
    void searchFiltersTheTable();
    void pastedIdsAreValidated();
    void csvImportExportRoundTrip();
    void csvImportReportsProblems();
    void filterTogglesShowLiveCounts();
    void windowRemembersItsState();
    void selectingARowShowsItsDetails();
    void lookupShowsACallWithoutTrackingIt();
    void asksForAMissingKey();
    void followsLightAndDarkPalettes();
    void settingsDialogOpensFromTheWindow();
    void trendsDockCountsLiveTransitions();
    void wallboardOpensAndEscReturns();
    void wallboardPinGuardsTheWayBack();
    void webhookStatusInTheStatusBar();
    void settingsTestEventReachesTheReceiver();
    void chartRangeAndStyleAreSaved_data();
    void chartRangeAndStyleAreSaved();
    void splitIds_data();
    void splitIds();
};

void TestMainWindow::initTestCase()
{
    // The English catalogue supplies plural forms ("1 call" / "2 calls").
    QVERIFY(installTranslators(QCoreApplication::instance(), QLocale(QLocale::English)));
    QCOMPARE(QCoreApplication::translate("cw::MainWindow", "%n call(s)", nullptr, 1),
             QStringLiteral("1 call"));
    QCOMPARE(QCoreApplication::translate("cw::MainWindow", "%n call(s)", nullptr, 3),
             QStringLiteral("3 calls"));
}

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
    QTRY_COMPARE(window.proxyModel()->rowCount(), 2); // after the typing pause
    search->clear();
    QTRY_COMPARE(window.proxyModel()->rowCount(), 3);
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

void TestMainWindow::csvImportExportRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString in = dir.filePath(QStringLiteral("in.csv"));
    {
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name;call_id;note\r\nAda;call_1;\"first; with semicolon\"\r\nBob;clx2;\r\n;call 3;bad\r\n"
                   "Cy;call_1;again\r\n");
    }
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    bool ok = false;
    const QString report = window.importCsvFile(in, &ok);
    QVERIFY2(ok, qPrintable(report));
    QCOMPARE(session.model()->rowCount(), 2);
    QVERIFY(session.tracker()->isTracked(QStringLiteral("call_1")));
    QVERIFY(session.tracker()->isTracked(QStringLiteral("clx2")));
    QVERIFY2(report.contains(QStringLiteral("2 new calls tracked")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("line 4")), qPrintable(report)); // "call 3" is no id

    // Export what is shown: the search narrows it to one row.
    window.proxyModel()->setSearchText(QStringLiteral("clx"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QCOMPARE(window.exportCsvFile(out), QString());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvReadResult csv = readCsv(file.readAll());
    QVERIFY(csv.ok());
    QCOMPARE(csv.rows.size(), 2); // header + one row
    QCOMPARE(csv.rows.at(0).at(0), QStringLiteral("Call ID"));
    QCOMPARE(csv.rows.at(1).at(0), QStringLiteral("clx2"));
    // And back in: the export is a valid import.
    Session other(ClientConfig{});
    MainWindow second(other.model(), other.tracker());
    QVERIFY(second.importCsvFile(out, &ok).contains(QStringLiteral("1 new call tracked")));
    QVERIFY(other.tracker()->isTracked(QStringLiteral("clx2")));
}

void TestMainWindow::csvImportReportsProblems()
{
    QTemporaryDir dir;
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    bool ok = true;
    QString report = window.importCsvFile(dir.filePath(QStringLiteral("missing.csv")), &ok);
    QVERIFY(!ok);
    QVERIFY(report.contains(QStringLiteral("Could not open")));
    const QString broken = dir.filePath(QStringLiteral("broken.csv"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("callId\ncall_1\n\"call_2\n");
    }
    report = window.importCsvFile(broken, &ok);
    QVERIFY(!ok);
    QVERIFY2(report.contains(QStringLiteral("line 3")), qPrintable(report));
    QCOMPARE(session.model()->rowCount(), 0); // nothing half-imported
    // Exporting into a folder that does not exist fails with a message, no crash.
    const QString error = window.exportCsvFile(dir.filePath(QStringLiteral("no/such/folder/out.csv")));
    QVERIFY(error.contains(QStringLiteral("Could not write")));
}

namespace {
CallSnapshot call(const QString &id, CallStatus status, const QString &batch = {})
{
    CallSnapshot snapshot;
    snapshot.callId = id;
    snapshot.status = status;
    snapshot.statusText = callStatusToString(status);
    snapshot.batchId = batch;
    return snapshot;
}
} // namespace

void TestMainWindow::filterTogglesShowLiveCounts()
{
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    session.tracker()->apply(call(QStringLiteral("a"), CallStatus::Completed));
    session.tracker()->apply(call(QStringLiteral("b"), CallStatus::Completed));
    session.tracker()->apply(call(QStringLiteral("c"), CallStatus::Failed));
    QToolButton *completed = window.statusToggle(CallStatus::Completed);
    QVERIFY(completed);
    QVERIFY2(completed->text().contains(QStringLiteral("2")), qPrintable(completed->text()));
    QVERIFY(window.statusToggle(CallStatus::Failed)->text().contains(QStringLiteral("1")));
    QVERIFY(!completed->icon().isNull());
    // Live: a change moves the counts.
    session.tracker()->apply(call(QStringLiteral("d"), CallStatus::Completed));
    QVERIFY(completed->text().contains(QStringLiteral("3")));
    // Toggling hides and shows.
    QCOMPARE(window.proxyModel()->rowCount(), 4);
    completed->click();
    QCOMPARE(window.proxyModel()->rowCount(), 1);
    completed->click();
    QCOMPARE(window.proxyModel()->rowCount(), 4);
    // The batch selector lists tracked batches and filters by them.
    session.tracker()->trackBatch(QStringLiteral("batch_7"));
    session.tracker()->apply(call(QStringLiteral("e"), CallStatus::Ongoing, QStringLiteral("batch_7")));
    QTRY_COMPARE(window.batchSelector()->count(), 2);
    window.batchSelector()->setCurrentIndex(1);
    QCOMPARE(window.proxyModel()->rowCount(), 1);
}

void TestMainWindow::windowRemembersItsState()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    Session session(ClientConfig{});
    {
        Settings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
        MainWindow window(session.model(), session.tracker());
        window.setSettings(&settings);
        window.resize(900, 600);
        window.statusToggle(CallStatus::Missed)->setChecked(false);
        window.findChild<QLineEdit *>(QStringLiteral("searchField"))->setText(QStringLiteral("clx"));
        window.tableView()->horizontalHeader()->resizeSection(CallTableModel::ErrorColumn, 333);
        window.close(); // saves
    }
    Settings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
    MainWindow window(session.model(), session.tracker());
    window.setSettings(&settings);
    QVERIFY(!window.statusToggle(CallStatus::Missed)->isChecked());
    QVERIFY(!window.proxyModel()->isStatusVisible(CallStatus::Missed));
    QVERIFY(window.statusToggle(CallStatus::Failed)->isChecked());
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("searchField"))->text(), QStringLiteral("clx"));
    QCOMPARE(window.proxyModel()->searchText(), QStringLiteral("clx"));
    QCOMPARE(window.tableView()->horizontalHeader()->sectionSize(CallTableModel::ErrorColumn), 333);
    QCOMPARE(window.size(), QSize(900, 600));
}

void TestMainWindow::selectingARowShowsItsDetails()
{
    QTemporaryDir dir;
    Session session(ClientConfig{});
    session.openHistory(dir.path());
    MainWindow window(session.model(), session.tracker());
    window.setHistory(session.history());
    window.show();
    CallSnapshot failed = call(QStringLiteral("call_9"), CallStatus::Failed);
    failed.error = QStringLiteral("INVALID_NUMBER");
    session.tracker()->apply(call(QStringLiteral("call_8"), CallStatus::Ongoing));
    session.tracker()->apply(failed);
    session.tracker()->apply(call(QStringLiteral("call_10"), CallStatus::Ongoing));
    session.tracker()->flushStore();
    QVERIFY(!window.detailPane()->hasCall());
    const QModelIndex row = window.proxyModel()
                                ->match(window.proxyModel()->index(0, 0), CallTableModel::CallIdRole,
                                        QStringLiteral("call_9"), 1, Qt::MatchExactly)
                                .value(0);
    QVERIFY(row.isValid());
    window.tableView()->setCurrentIndex(row);
    QCOMPARE(window.detailPane()->callId(), QStringLiteral("call_9"));
    QVERIFY(window.detailPane()->isTracked());
    QCOMPARE(window.detailPane()->timeline().size(), 1); // from the history store
    auto *explanation = window.detailPane()->findChild<QLabel *>(QStringLiteral("errorExplanation"));
    QVERIFY(explanation && explanation->text().contains(QStringLiteral("not valid")));
    // Its neighbours change (one dataChanged range may cover the selected row too): the pane, which
    // did not change, is not refreshed; a transition written behind its back stays unseen until then.
    HistoryStore::WriteBatch behind;
    behind.transitions.append({QStringLiteral("call_9"),
                               QDateTime::currentDateTimeUtc(),
                               1,
                               HistoryStore::SourceLookup,
                               CallStatus::Failed,
                               {},
                               {}});
    QVERIFY(session.history()->write(behind));
    QSignalSpy rows(session.model(), &QAbstractItemModel::dataChanged);
    session.model()->upsert(QList<CallSnapshot>{call(QStringLiteral("call_8"), CallStatus::Completed),
                                                call(QStringLiteral("call_10"), CallStatus::Completed)});
    const auto coversSelected = [&rows, &session] {
        const int selected = session.model()->rowOf(QStringLiteral("call_9"));
        for (const QList<QVariant> &args : std::as_const(rows)) {
            if (args.at(0).toModelIndex().row() <= selected && args.at(1).toModelIndex().row() >= selected)
                return true;
        }
        return false;
    };
    QVERIFY(coversSelected()); // else this part proves nothing
    QCOMPARE(window.detailPane()->timeline().size(), 1);
    // An update to the selected call reaches the pane.
    CallSnapshot again = failed;
    again.error = QStringLiteral("INVALID_NUMBER");
    again.phoneNumber = QStringLiteral("+15550009999");
    session.tracker()->apply(again);
    QCOMPARE(window.detailPane()->call().phoneNumber, QStringLiteral("+15550009999"));
    QCOMPARE(window.detailPane()->timeline().size(), 2);
    // Stop tracking from the pane.
    Q_EMIT window.detailPane()->stopTrackingRequested(QStringLiteral("call_9"));
    QVERIFY(!session.tracker()->isTracked(QStringLiteral("call_9")));
    QCOMPARE(session.model()->rowCount(), 2);
}

void TestMainWindow::lookupShowsACallWithoutTrackingIt()
{
    cw::test::CannedServer server;
    server.serve(QStringLiteral("/api/v1/status/call"),
                 {200,
                  R"({"callId":"call_123","status":"COMPLETED","startTime":"2025-11-15T14:30:01.123Z",)"
                  R"("phoneNumber":"+15551234567","contactId":"contact_456","batchId":null,"error":null,)"
                  R"("duration":180,"recordingUrl":"https://recordings.example/call_123.mp3"})",
                  "application/json",
                  {}});
    ClientConfig config;
    config.baseUrl = server.url();
    config.apiKey = QStringLiteral("k");
    Session session(config);
    QTemporaryDir dir;
    session.openHistory(dir.path());
    MainWindow window(session.model(), session.tracker());
    window.setHistory(session.history());
    window.show();
    window.showLookup(QStringLiteral("call_123"));
    QTRY_COMPARE(window.detailPane()->callId(), QStringLiteral("call_123"));
    QCOMPARE(window.detailPane()->call().status, CallStatus::Completed);
    QVERIFY(!window.detailPane()->isTracked());
    QCOMPARE(session.model()->rowCount(), 0); // shown, not tracked
    Q_EMIT window.detailPane()->trackRequested(QStringLiteral("call_123"));
    QVERIFY(session.tracker()->isTracked(QStringLiteral("call_123")));
    session.tracker()->flushStore();
    const QList<HistoryStore::Transition> history =
        session.history()->transitions(QStringLiteral("call_123"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().source, QString(HistoryStore::SourceLookup));
    QCOMPARE(session.model()->rowCount(), 1);
    QCOMPARE(session.model()->snapshot(QStringLiteral("call_123"))->status, CallStatus::Completed);
    QVERIFY(window.detailPane()->isTracked());
}

void TestMainWindow::asksForAMissingKey()
{
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    window.show();
    ApiKeyProvider keys(std::make_unique<MemoryCredentialStore>());
    window.setApiKeyProvider(&keys);
    keys.load();
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QInputDialog *>(QStringLiteral("apiKeyDialog"))) != nullptr);
    QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
    dialog->setTextValue(QStringLiteral("dg-secret-123456"));
    dialog->accept();
    QTRY_VERIFY(keys.hasKey());
    QCOMPARE(keys.key(), QStringLiteral("dg-secret-123456"));
    // The key is nowhere on screen.
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY(!label->text().contains(QStringLiteral("dg-secret")));
}

void TestMainWindow::followsLightAndDarkPalettes()
{
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    window.show();
    session.tracker()->apply(call(QStringLiteral("a"), CallStatus::Completed));
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QTRY_COMPARE(session.model()->theme(), Theme::Dark);
    const QImage darkIcon = window.statusToggle(CallStatus::Completed)->icon().pixmap(24).toImage();
    QApplication::setPalette(lightPalette());
    QTRY_COMPARE(session.model()->theme(), Theme::Light);
    const QImage lightIcon = window.statusToggle(CallStatus::Completed)->icon().pixmap(24).toImage();
    QVERIFY(darkIcon != lightIcon); // the status colours have light and dark variants
    QApplication::setPalette(original);
}

void TestMainWindow::settingsDialogOpensFromTheWindow()
{
    QTemporaryDir dir;
    Settings settings(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    window.setSettings(&settings);
    window.show();
    window.openSettings();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) != nullptr);
    QVERIFY(dialog->isVisible());
    QSignalSpy changed(&settings, &Settings::changed);
    dialog->findChild<QSpinBox *>(QStringLiteral("maxInFlight"))->setValue(3);
    dialog->accept();
    QVERIFY(changed.count() >= 1);
    QCOMPARE(settings.pollSettings().maxInFlight, 3);
}

void TestMainWindow::trendsDockCountsLiveTransitions()
{
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("trendsDock"));
    QVERIFY(dock);
    QCOMPARE(dock, window.trendDock());
    TrendChart *chart = window.trendChart();
    QVERIFY(chart);
    QCOMPARE(dock->widget(), chart);
    QCOMPARE(chart->model(), window.trendModel());

    // Ctrl+T hides and shows the dock.
    const bool shown = dock->isVisible();
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE(dock->isVisible(), !shown);
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE(dock->isVisible(), shown);
    if (!dock->isVisible()) {
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(dock->isVisible());
    }

    // Status changes the tracker records reach the chart's model live (no history store here).
    TrendModel *model = window.trendModel();
    QCOMPARE(model->total(CallStatus::Completed), 0);
    QSignalSpy updated(model, &TrendModel::updated);
    session.tracker()->apply(call(QStringLiteral("t1"), CallStatus::Scheduled));
    session.tracker()->apply(call(QStringLiteral("t1"), CallStatus::Completed));
    session.tracker()->apply(call(QStringLiteral("t2"), CallStatus::Failed));
    session.tracker()->apply(call(QStringLiteral("t2"), CallStatus::Failed)); // repeated: no transition
    QVERIFY(updated.wait());
    QCOMPARE(model->total(CallStatus::Completed), 1);
    QCOMPARE(model->total(CallStatus::Failed), 1);
    QCOMPARE(model->total(CallStatus::Missed), 0);
    chart->refreshNow();
    qreal completed = 0;
    const QList<qreal> values = chart->seriesValues(StatusStyle::label(CallStatus::Completed));
    QCOMPARE(values.size(), model->bucketCount());
    for (qreal value : values)
        completed += value;
    QCOMPARE(completed, 1.0);
    QVERIFY(!chart->showsEmptyState());
}

void TestMainWindow::wallboardOpensAndEscReturns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    QVERIFY(!settings.hasWallboardPin());
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("wallboardAction"));
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::Key_F11)));

    // First without settings at all, then with settings that hold no PIN: Esc returns at once.
    for (Settings *used : {static_cast<Settings *>(nullptr), &settings}) {
        if (used)
            window.setSettings(used);
        QVERIFY(!window.wallboard());
        QTest::keyClick(&window, Qt::Key_F11);
        QTRY_VERIFY(window.wallboard() != nullptr);
        const QPointer<Wallboard> board = window.wallboard();
        QTRY_VERIFY(board->isVisible());
        QVERIFY(board->isFullScreen());
        QTRY_VERIFY(!window.isVisible());

        QTest::keyClick(board.data(), Qt::Key_Escape);
        QTRY_VERIFY(window.isVisible());
        QVERIFY(!window.wallboard());
        QTRY_VERIFY(board.isNull()); // closed and deleted
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }
}

void TestMainWindow::wallboardPinGuardsTheWayBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    settings.setWallboardPin(QStringLiteral("2468"));
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    window.setSettings(&settings);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F11);
    QTRY_VERIFY(window.wallboard() != nullptr);
    const QPointer<Wallboard> board = window.wallboard();
    QTRY_VERIFY(board->isVisible());
    QTRY_VERIFY(!window.isVisible());
    QSignalSpy exits(board.data(), &Wallboard::exitRequested);

    // Esc alone asks for the PIN and stays.
    QTest::keyClick(board.data(), Qt::Key_Escape);
    auto *pin = board->findChild<QLineEdit *>(QStringLiteral("wallboardPin"));
    QVERIFY(pin);
    QVERIFY(pin->isVisible());
    QCOMPARE(exits.count(), 0);
    QCOMPARE(window.wallboard(), board.data());
    QVERIFY(board->isVisible());
    QVERIFY(!window.isVisible());
    // A wrong PIN does not return either.
    QTest::keyClicks(pin, QStringLiteral("1357"));
    QTest::keyClick(pin, Qt::Key_Return);
    QCOMPARE(exits.count(), 0);
    QVERIFY(!window.isVisible());
    QCOMPARE(window.wallboard(), board.data());
    // The right one does.
    QTest::keyClicks(pin, QStringLiteral("2468"));
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_VERIFY(window.isVisible());
    QVERIFY(!window.wallboard());
    QTRY_VERIFY(board.isNull());
}

namespace {
// POSTs `body` as JSON and waits for the answer; returns the HTTP status (0: no answer).
int postJson(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return 0;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}
} // namespace

void TestMainWindow::webhookStatusInTheStatusBar()
{
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *label = window.findChild<QLabel *>(QStringLiteral("webhookLabel"));
    QVERIFY(label);
    QVERIFY(!label->isVisible()); // webhooks off
    QVERIFY(window.webhookStatusText().isEmpty());

    WebhookReceiver receiver;
    QString error;
    QVERIFY2(receiver.start(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    window.setWebhookReceiver(&receiver);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), window.webhookStatusText());
    QVERIFY2(label->text().contains(QStringLiteral("0 events received")), qPrintable(label->text()));
    QVERIFY(window.webhookDescription().contains(receiver.url().toString()));
    QVERIFY2(window.webhookDescription().contains(QStringLiteral("No secret")),
             qPrintable(window.webhookDescription()));

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const QByteArray valid =
        R"({"event":"call.completed","callId":"call_hook","status":"COMPLETED","duration":42})";
    QCOMPARE(postJson(network, receiver.url(), valid), 202);
    QTRY_VERIFY2(label->text().contains(QStringLiteral("1 event received")), qPrintable(label->text()));
    QVERIFY(!label->text().contains(QStringLiteral("refused")));

    QCOMPARE(postJson(network, receiver.url(), QByteArrayLiteral("{\"event\": not json")), 400);
    QTRY_VERIFY2(label->text().contains(QStringLiteral("1 refused")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("Malformed payload")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("1 event received"))); // the good one still counts
    QVERIFY2(window.webhookDescription().contains(QStringLiteral("HTTP 400")),
             qPrintable(window.webhookDescription()));

    // With a secret the description no longer warns.
    receiver.setSecret(QByteArrayLiteral("s3cret"));
    QVERIFY(!window.webhookDescription().contains(QStringLiteral("No secret")));

    // Stopped: the label goes; started again: it is back.
    receiver.stop();
    QVERIFY(!label->isVisible());
    QVERIFY(receiver.start(QHostAddress(QHostAddress::LocalHost), 0, &error));
    QVERIFY(label->isVisible());
    // Webhooks off in the window.
    window.setWebhookReceiver(nullptr);
    QVERIFY(!label->isVisible());
    QVERIFY(window.webhookStatusText().isEmpty());
}

void TestMainWindow::chartRangeAndStyleAreSaved_data()
{
    QTest::addColumn<bool>("viaControls");
    QTest::newRow("chart setters") << false;
    QTest::newRow("chart controls") << true;
}

void TestMainWindow::settingsTestEventReachesTheReceiver()
{
    // Settings → Webhooks → "Send test event": through the receiver's real HTTP path, answered in the dialog.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    Session session(ClientConfig{});
    MainWindow window(session.model(), session.tracker());
    window.setSettings(&settings);
    WebhookReceiver receiver;
    receiver.setSecret(QByteArrayLiteral("s3cret"));
    QVERIFY(receiver.start(QHostAddress(QHostAddress::LocalHost), 0));
    window.setWebhookReceiver(&receiver);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSettings();
    auto *button = window.findChild<QPushButton *>(QStringLiteral("webhookTestButton"));
    auto *result = window.findChild<QLabel *>(QStringLiteral("webhookTestResult"));
    QVERIFY(button && result);
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("202")), 10'000);
    QCOMPARE(receiver.acceptedCount(), 1);
    QCOMPARE(receiver.rejectedCount(), 0);
    QCOMPARE(session.model()->rowCount(), 0); // a test event never reaches the table

    receiver.stop();
    button->click();
    QTRY_VERIFY(result->text().contains(QStringLiteral("not running")));
}

void TestMainWindow::chartRangeAndStyleAreSaved()
{
    QFETCH(bool, viaControls);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    Session session(ClientConfig{});
    {
        Settings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
        MainWindow window(session.model(), session.tracker());
        window.setSettings(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TrendChart *chart = window.trendChart();
        QCOMPARE(chart->model()->range(), ChartRange::Last24Hours); // the default
        QCOMPARE(chart->style(), TrendChart::Style::StackedBars);
        if (viaControls) {
            QComboBox *range = chart->rangeBox();
            QVERIFY(range);
            range->setFocus();
            QTest::keyClick(range, Qt::Key_Down); // "Last 24 hours" -> "Last 7 days"
            QToolButton *lines = nullptr;
            const QList<QToolButton *> buttons = chart->controls()->findChildren<QToolButton *>();
            for (QToolButton *button : buttons)
                if (button->text() == QStringLiteral("Lines"))
                    lines = button;
            QVERIFY(lines);
            lines->click();
        } else {
            chart->setRange(ChartRange::Last7Days);
            chart->setStyle(TrendChart::Style::Lines);
        }
        QCOMPARE(chart->model()->range(), ChartRange::Last7Days);
        QCOMPARE(chart->style(), TrendChart::Style::Lines);
        QCOMPARE(settings.text(SettingKey::ChartRange), QStringLiteral("week"));
        QCOMPARE(settings.text(SettingKey::ChartStyle), QStringLiteral("lines"));
    }
    // A new window restores them from the file.
    Settings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
    QCOMPARE(settings.text(SettingKey::ChartRange), QStringLiteral("week"));
    QCOMPARE(settings.text(SettingKey::ChartStyle), QStringLiteral("lines"));
    MainWindow window(session.model(), session.tracker());
    window.setSettings(&settings);
    QCOMPARE(window.trendModel()->range(), ChartRange::Last7Days);
    QCOMPARE(window.trendChart()->style(), TrendChart::Style::Lines);
    QCOMPARE(window.trendChart()->rangeBox()->currentData().toInt(), int(ChartRange::Last7Days));
    // And back to bars.
    window.trendChart()->setStyle(TrendChart::Style::StackedBars);
    QCOMPARE(settings.text(SettingKey::ChartStyle), QStringLiteral("bars"));
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

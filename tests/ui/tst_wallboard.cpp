#include "testsupport.h"

#include "calltablemodel.h"
#include "calltracker.h"
#include "clock.h"
#include "dialgenclient.h"
#include "historystore.h"
#include "settings.h"
#include "trendchart.h"
#include "trendmodel.h"
#include "wallboard.h"
#include "wallboardtiles.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QImage>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace cw;

namespace {

// 2025-11-15 14:30:00 UTC.
const QDateTime kStart(QDate(2025, 11, 15), QTime(14, 30, 0), QTimeZone::utc());

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString n(qint64 value)
{
    return QLocale().toString(value);
}

// Every text the board paints now, per widget, checked against its box: nothing may spill out.
struct Clipping
{
    QStringList problems;
    int checked = 0;
};

void checkItems(const QList<wall::TextItem> &items, const QWidget *owner, Clipping &out)
{
    for (const wall::TextItem &item : items) {
        if (item.text.isEmpty())
            continue;
        ++out.checked;
        const QFontMetrics fm(item.font);
        const int advance = fm.horizontalAdvance(item.text);
        if (advance > item.rect.width()) {
            out.problems << QStringLiteral("%1: \"%2\" is %3 px wide in a %4 px box")
                                .arg(owner->objectName(), item.text)
                                .arg(advance)
                                .arg(item.rect.width());
        }
        if (fm.height() > item.rect.height()) {
            out.problems << QStringLiteral("%1: \"%2\" is %3 px high in a %4 px box")
                                .arg(owner->objectName(), item.text)
                                .arg(fm.height())
                                .arg(item.rect.height());
        }
        if (!owner->rect().contains(item.rect)) {
            out.problems << QStringLiteral("%1: the box of \"%2\" leaves the widget")
                                .arg(owner->objectName(), item.text);
        }
    }
}

} // namespace

class TestWallboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fitTextNeverSpills_data();
    void fitTextNeverSpills();
    void longNumbersShrinkToFit();
    void alertsJudgeTheRecentHistoryAtOnce();
    void historyLoadsInTheBackground();

    void layoutAtScreenSize_data();
    void layoutAtScreenSize();
    void mainNumberScalesWithHeight();
    void countsEqualTheModel();
    void dataAgeGoesAmberThenRed();
    void idleTrackerIsNotStale();
    void pollingAlertFollowsTheTracker();
    void clockShowsTheConfiguredZone();
    void rotationAdvancesWithTime();
    void keysChangePageAndPause();
    void alertHoldsRotationUntilAcknowledged();
    void escapeExitsWithoutPin();
    void escapeNeedsTheRightPin();
    void wrongPinsLockTheEntry();
    void showOnScreenFallsBackToPrimary();
    void manyBatchesAddTheBatchesPage();
    void cursorHidesWhenIdle();
    void longRunKeepsWidgetsConstant();
    void screenshots();

private:
    std::unique_ptr<Wallboard> makeBoard();
    void apply(const QString &id, CallStatus status, const QString &error = {});
    void trackBatchesWithStatistics(int count);
    void tickBy(qint64 seconds, Wallboard &board);
    template<typename T>
    T *tile(const Wallboard &board, const char *name) const
    {
        return board.findChild<T *>(s(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DialgenClient> m_client;
    std::unique_ptr<CallTableModel> m_model;
    std::unique_ptr<CallTracker> m_tracker;
    std::unique_ptr<HistoryStore> m_store;
};

void TestWallboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(kStart);
    m_settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("callwatch.ini")), QSettings::IniFormat));
    m_settings->setValue(SettingKey::TimeZone, QVariant(QStringLiteral("UTC")));
    m_settings->setValue(SettingKey::WallboardRotationSeconds, QVariant(10));
    m_network = std::make_unique<QNetworkAccessManager>();
    ClientConfig config;
    // Nothing listens there, and the tracker is never started against it in these tests.
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.apiKey = QStringLiteral("test-key");
    m_client = std::make_unique<DialgenClient>(m_network.get(), config);
    m_model = std::make_unique<CallTableModel>(*m_clock);
    m_tracker = std::make_unique<CallTracker>(m_client.get(), m_model.get(), *m_clock);
}

void TestWallboard::cleanup()
{
    m_tracker.reset();
    m_model.reset();
    m_client.reset();
    m_network.reset();
    m_store.reset();
    m_settings.reset();
    m_clock.reset();
    m_dir.reset();
}

std::unique_ptr<Wallboard> TestWallboard::makeBoard()
{
    return std::make_unique<Wallboard>(m_model.get(), m_tracker.get(), m_store.get(), m_settings.get(),
                                       *m_clock);
}

void TestWallboard::apply(const QString &id, CallStatus status, const QString &error)
{
    CallSnapshot call;
    call.callId = id;
    call.status = status;
    call.statusText = callStatusToString(status);
    call.error = error;
    call.phoneNumber = QStringLiteral("+15550000001");
    call.source = SnapshotSource::LiveStatus;
    call.receivedAt = m_clock->now();
    m_tracker->apply(call);
}

void TestWallboard::tickBy(qint64 seconds, Wallboard &board)
{
    m_clock->advance(seconds * 1000);
    board.tick();
}

// Batches with statistics as Dialgen would send them, brought in the way the app restores them.
void TestWallboard::trackBatchesWithStatistics(int count)
{
    m_store = std::make_unique<HistoryStore>(*m_clock);
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("history"))));
    HistoryStore::WriteBatch batch;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("batch_%1").arg(i + 1);
        const qint64 total = 400 + 150 * i;
        const qint64 processed = i == 0 ? total : total * (20 + 15 * i) / 100;
        const QString status = i == 0 ? QStringLiteral("completed") : QStringLiteral("processing");
        batch.trackBatches << id;
        batch.batchStatistics.append(
            {id,
             QJsonObject{
                 {QStringLiteral("status"), status},
                 {QStringLiteral("statistics"),
                  QJsonObject{{QStringLiteral("total"), total},
                              {QStringLiteral("processed"), processed},
                              {QStringLiteral("succeeded"), processed * 8 / 10},
                              {QStringLiteral("failed"), processed / 20},
                              {QStringLiteral("pending"), total - processed},
                              {QStringLiteral("percentComplete"), 100.0 * double(processed) / double(total)},
                              {QStringLiteral("successRate"), 80.0}}},
                 {QStringLiteral("timestamps"),
                  QJsonObject{{QStringLiteral("createdAt"),
                               kStart.addSecs(-3600 * (count - i)).toString(Qt::ISODateWithMs)}}},
             }});
    }
    QVERIFY(m_store->write(batch));
    m_tracker->setStore(m_store.get());
    m_tracker->restoreFromStore();
    QCOMPARE(int(m_tracker->trackedBatches().size()), count);
}

// --- the tiles ------------------------------------------------------------------------------------------

void TestWallboard::fitTextNeverSpills_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("box");
    QTest::addColumn<int>("maxPx");

    QTest::newRow("short, big box") << s("42") << QSize(400, 200) << 140;
    QTest::newRow("wide number") << s("12,345,678") << QSize(380, 180) << 140;
    QTest::newRow("flat box") << s("Completed today") << QSize(600, 20) << 40;
    QTest::newRow("far too long") << s("INSUFFICIENT_CREDITS INSUFFICIENT_CREDITS INSUFFICIENT_CREDITS")
                                  << QSize(120, 30) << 30;
}

void TestWallboard::fitTextNeverSpills()
{
    QFETCH(QString, text);
    QFETCH(QSize, box);
    QFETCH(int, maxPx);
    const QRect rect(QPoint(10, 10), box);
    const wall::TextItem item = wall::fitText(text, rect, maxPx, 8, true, Qt::white);
    QVERIFY(item.font.pixelSize() <= maxPx);
    QVERIFY(item.font.pixelSize() >= 8);
    QVERIFY2(QFontMetrics(item.font).horizontalAdvance(item.text) <= rect.width(), qPrintable(item.text));
    // Only text that cannot fit even at the smallest size is shortened.
    if (item.text != text)
        QCOMPARE(item.font.pixelSize(), 8);
}

void TestWallboard::longNumbersShrinkToFit()
{
    wall::NumberTile tile;
    tile.setTitle(s("Completed today"));
    tile.setCaption(s("98 % of ended calls"));
    tile.resize(420, 300);
    tile.setValue(s("42"));
    const int shortSize = tile.valueFont().pixelSize();
    QCOMPARE(shortSize, 140);
    tile.setValue(n(123456789));
    const int longSize = tile.valueFont().pixelSize();
    QVERIFY2(longSize < shortSize, qPrintable(QString::number(longSize)));
    QVERIFY(QFontMetrics(tile.valueFont()).horizontalAdvance(tile.value()) <= tile.valueRect().width());
    QVERIFY(tile.rect().contains(tile.valueRect()));
    // The number is shrunk, never cut.
    QCOMPARE(tile.value(), n(123456789));
}

// --- layout ---------------------------------------------------------------------------------------------

void TestWallboard::layoutAtScreenSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("3840x2160") << QSize(3840, 2160);
    QTest::newRow("1280x1024") << QSize(1280, 1024);
}

void TestWallboard::layoutAtScreenSize()
{
    QFETCH(QSize, size);
    trackBatchesWithStatistics(6); // so that the Batches page is offered
    auto board = makeBoard();
    for (int i = 0; i < 37; ++i)
        apply(QStringLiteral("ongoing_%1").arg(i), CallStatus::Ongoing);
    for (int i = 0; i < 1234; ++i)
        apply(QStringLiteral("scheduled_%1").arg(i), CallStatus::Scheduled);
    for (int i = 0; i < 12; ++i)
        apply(QStringLiteral("failed_%1").arg(i), CallStatus::Failed,
              i % 2 ? QStringLiteral("INSUFFICIENT_CREDITS") : QStringLiteral("BUSY"));
    board->resize(size);
    board->show();
    QVERIFY(QTest::qWaitForWindowExposed(board.get()));
    QCOMPARE(board->size(), size);
    board->tick();
    // An alert, so the alert block is laid out too.
    QVERIFY(board->alerts()->level(AlertKind::FailureRate) != AlertLevel::Normal);
    QCOMPARE(board->pageCount(), 3);

    for (int page = 0; page < board->pageCount(); ++page) {
        board->setPage(page);
        QCOMPARE(board->currentPage(), page);
        QList<wall::Tile *> tiles;
        const auto all = board->findChildren<wall::Tile *>();
        for (wall::Tile *tile : all) {
            if (tile->isVisibleTo(board.get()))
                tiles << tile;
        }
        QVERIFY2(!tiles.isEmpty(), qPrintable(board->pageTitle(page)));
        const auto *header = board->findChild<wall::HeaderBar *>();
        const auto *banner = board->findChild<wall::BannerBar *>();
        const QRect headerRect = header->geometry();
        const QRect bannerRect = banner->geometry();
        Clipping clipping;
        for (int i = 0; i < tiles.size(); ++i) {
            const QRect a(tiles.at(i)->mapTo(board.get(), QPoint(0, 0)), tiles.at(i)->size());
            QVERIFY2(board->rect().contains(a), qPrintable(tiles.at(i)->objectName()));
            QVERIFY(!a.intersects(headerRect));
            QVERIFY(!a.intersects(bannerRect));
            QVERIFY(a.width() > 100 && a.height() > 100);
            for (int j = i + 1; j < tiles.size(); ++j) {
                const QRect b(tiles.at(j)->mapTo(board.get(), QPoint(0, 0)), tiles.at(j)->size());
                QVERIFY2(!a.intersects(b),
                         qPrintable(tiles.at(i)->objectName() + s(" overlaps ") + tiles.at(j)->objectName()));
            }
            checkItems(tiles.at(i)->textItems(), tiles.at(i), clipping);
        }
        checkItems(header->textItems(), header, clipping);
        checkItems(banner->textItems(), banner, clipping);
        QVERIFY2(clipping.problems.isEmpty(), qPrintable(clipping.problems.join(QLatin1Char('\n'))));
        QVERIFY(clipping.checked > 10);
    }
}

void TestWallboard::mainNumberScalesWithHeight()
{
    apply(QStringLiteral("a"), CallStatus::Ongoing);
    auto board = makeBoard();
    board->show();
    QVERIFY(QTest::qWaitForWindowExposed(board.get()));
    const auto *ongoing = tile<wall::NumberTile>(*board, "tileOngoing");
    QVERIFY(ongoing);

    board->resize(1920, 1080);
    QCOMPARE(board->size(), QSize(1920, 1080));
    const int fullHd = ongoing->valueFont().pixelSize();
    board->resize(3840, 2160);
    QCOMPARE(board->size(), QSize(3840, 2160));
    const int uhd = ongoing->valueFont().pixelSize();
    qInfo("main number: %d px at 1080 lines (%.1f %%), %d px at 2160 lines", fullHd, 100.0 * fullHd / 1080,
          uhd);
    QVERIFY2(fullHd >= 0.12 * 1080 && fullHd <= 0.15 * 1080, qPrintable(QString::number(fullHd)));
    const double ratio = double(uhd) / double(fullHd);
    QVERIFY2(ratio > 1.9 && ratio < 2.1, qPrintable(QString::number(ratio)));
}

// --- numbers --------------------------------------------------------------------------------------------

void TestWallboard::countsEqualTheModel()
{
    auto board = makeBoard();
    board->resize(1920, 1080);
    const auto value = [&board, this](const char *name) {
        return tile<wall::NumberTile>(*board, name)->value();
    };
    QCOMPARE(value("tileOngoing"), n(0));
    QCOMPARE(value("tileCompleted"), n(0));

    for (int i = 0; i < 3; ++i)
        apply(QStringLiteral("on_%1").arg(i), CallStatus::Ongoing);
    for (int i = 0; i < 2; ++i)
        apply(QStringLiteral("sch_%1").arg(i), CallStatus::Scheduled);
    for (int i = 0; i < 4; ++i)
        apply(QStringLiteral("done_%1").arg(i), CallStatus::Completed);
    apply(QStringLiteral("miss_1"), CallStatus::Missed, QStringLiteral("NO_ANSWER"));
    apply(QStringLiteral("miss_2"), CallStatus::Missed, QStringLiteral("Call was not answered"));
    apply(QStringLiteral("fail_1"), CallStatus::Failed, QStringLiteral("BUSY"));
    apply(QStringLiteral("fail_2"), CallStatus::Failed, QStringLiteral("Line busy"));
    // One ongoing call ends.
    apply(QStringLiteral("on_0"), CallStatus::Completed);
    board->tick();

    QCOMPARE(value("tileOngoing"), n(m_model->count(CallStatus::Ongoing)));
    QCOMPARE(value("tileOngoing"), n(2));
    QCOMPARE(value("tileScheduled"), n(m_model->count(CallStatus::Scheduled)));
    QCOMPARE(value("tileScheduled"), n(2));
    QCOMPARE(value("tileCompleted"), n(5));
    QCOMPARE(value("tileMissed"), n(2));
    QCOMPARE(value("tileFailed"), n(2));
    QCOMPARE(value("tileTrendsCompleted"), n(5));
    // 5 of 9 ended calls connected.
    QCOMPARE(value("tileConnectRate"), QCoreApplication::translate("cw::Wallboard", "%1 %").arg(n(56)));
    QVERIFY(tile<wall::NumberTile>(*board, "tileConnectRate")->caption().contains(n(9)));

    const auto *errors = tile<wall::ListTile>(*board, "tileErrors");
    QCOMPARE(int(errors->rows().size()), 1);
    QCOMPARE(errors->rows().at(0).key, s("BUSY"));
    QCOMPARE(errors->rows().at(0).value, n(2));
    QVERIFY(!errors->rows().at(0).detail.isEmpty());
}

void TestWallboard::dataAgeGoesAmberThenRed()
{
    apply(QStringLiteral("a"), CallStatus::Ongoing);
    auto board = makeBoard();
    board->resize(1920, 1080);
    const auto *header = board->findChild<wall::HeaderBar *>();
    const auto *ongoing = tile<wall::NumberTile>(*board, "tileOngoing");
    QCOMPARE(board->amberAfterSeconds(), Wallboard::AmberMinimumSeconds);
    QCOMPARE(board->redAfterSeconds(), Wallboard::RedAfterSeconds);

    apply(QStringLiteral("b"), CallStatus::Ongoing); // fresh data
    board->tick();
    QCOMPARE(board->dataAge(), Wallboard::DataAge::Fresh);
    QVERIFY(ongoing->staleMarker().isEmpty());

    tickBy(30, *board);
    QCOMPARE(board->dataAge(), Wallboard::DataAge::Fresh);
    QCOMPARE(board->dataAgeSeconds(), qint64(30));
    QVERIFY2(header->ageText().contains(s("30")), qPrintable(header->ageText()));

    tickBy(31, *board);
    QCOMPARE(board->dataAge(), Wallboard::DataAge::Amber);
    const auto all = board->findChildren<wall::Tile *>();
    for (const wall::Tile *tile : all)
        QVERIFY2(tile->staleMarker().contains(s("STALE")), qPrintable(tile->objectName()));
    // The numbers stay.
    QCOMPARE(ongoing->value(), n(2));

    tickBy(60 * 4, *board);
    QCOMPARE(board->dataAge(), Wallboard::DataAge::Red);
    QVERIFY2(ongoing->staleMarker().contains(s("5 min")), qPrintable(ongoing->staleMarker()));
    QCOMPARE(ongoing->value(), n(2));
    bool numberPainted = false;
    for (const wall::TextItem &item : ongoing->textItems())
        numberPainted = numberPainted || item.text == n(2);
    QVERIFY(numberPainted);

    // Data flows again.
    apply(QStringLiteral("c"), CallStatus::Ongoing);
    QCOMPARE(board->dataAge(), Wallboard::DataAge::Fresh);
    QVERIFY(ongoing->staleMarker().isEmpty());
    QCOMPARE(ongoing->value(), n(3));
}

void TestWallboard::idleTrackerIsNotStale()
{
    auto board = makeBoard();
    m_tracker->start(); // running, nothing tracked: nothing to poll, nothing to be late
    tickBy(3600, *board);
    QCOMPARE(board->dataAge(), Wallboard::DataAge::Fresh);
    QCOMPARE(board->alerts()->level(AlertKind::PollingDown), AlertLevel::Normal);
    // Paused, the data does get old.
    m_tracker->stop();
    tickBy(Wallboard::RedAfterSeconds, *board);
    QCOMPARE(board->dataAge(), Wallboard::DataAge::Red);
}

void TestWallboard::pollingAlertFollowsTheTracker()
{
    auto board = makeBoard();
    const auto *banner = board->findChild<wall::BannerBar *>();
    m_tracker->start(); // nothing to poll yet
    tickBy(3600, *board);
    QCOMPARE(board->alerts()->level(AlertKind::PollingDown), AlertLevel::Normal);

    // Something to poll now; no answer ever comes (nothing listens on that port).
    m_tracker->trackCall(QStringLiteral("call_x"));
    QVERIFY(board->alerts()->isPollingExpected());
    tickBy(1, *board);
    // The idle hour before is not an outage.
    QCOMPARE(board->alerts()->level(AlertKind::PollingDown), AlertLevel::Normal);
    const int page = board->currentPage();
    tickBy(60, *board);
    QCOMPARE(board->alerts()->level(AlertKind::PollingDown), AlertLevel::Warning);
    QCOMPARE(banner->level(), AlertLevel::Warning);
    // Polling has no tile: the rotation stays where it is, held.
    QVERIFY(board->alerts()->holdsRotation());
    tickBy(30, *board);
    QCOMPARE(board->currentPage(), page);

    m_tracker->stop();
    QVERIFY(!board->alerts()->isPollingExpected());
}

void TestWallboard::clockShowsTheConfiguredZone()
{
    auto board = makeBoard();
    const auto *header = board->findChild<wall::HeaderBar *>();
    QCOMPARE(header->clockText(), s("14:30"));
    m_settings->setValue(SettingKey::TimeZone, QVariant(QStringLiteral("Asia/Kolkata")));
    QCOMPARE(header->clockText(), s("20:00"));
    tickBy(59 * 60, *board);
    QCOMPARE(header->clockText(), s("20:59"));
}

// --- rotation and keys ----------------------------------------------------------------------------------

void TestWallboard::rotationAdvancesWithTime()
{
    auto board = makeBoard();
    QSignalSpy pages(board.get(), &Wallboard::pageChanged);
    QCOMPARE(board->rotationSeconds(), 10);
    QCOMPARE(board->pageCount(), 2);
    QCOMPARE(board->currentPage(), 0);
    tickBy(9, *board);
    QCOMPARE(board->currentPage(), 0);
    tickBy(1, *board);
    QCOMPARE(board->currentPage(), 1);
    QCOMPARE(pages.count(), 1);
    tickBy(10, *board);
    QCOMPARE(board->currentPage(), 0);

    // 0: no rotation.
    m_settings->setValue(SettingKey::WallboardRotationSeconds, QVariant(0));
    tickBy(600, *board);
    QCOMPARE(board->currentPage(), 0);
}

void TestWallboard::keysChangePageAndPause()
{
    auto board = makeBoard();
    QTest::keyClick(board.get(), Qt::Key_Right);
    QCOMPARE(board->currentPage(), 1);
    QTest::keyClick(board.get(), Qt::Key_Right);
    QCOMPARE(board->currentPage(), 0);
    QTest::keyClick(board.get(), Qt::Key_Left);
    QCOMPARE(board->currentPage(), 1);
    QCOMPARE(board->pageTitle(1), QCoreApplication::translate("cw::Wallboard", "Trends"));

    QTest::keyClick(board.get(), Qt::Key_Space);
    QVERIFY(board->isRotationPaused());
    tickBy(60, *board);
    QCOMPARE(board->currentPage(), 1);
    QTest::keyClick(board.get(), Qt::Key_Space);
    QVERIFY(!board->isRotationPaused());
    tickBy(10, *board);
    QCOMPARE(board->currentPage(), 0);
}

void TestWallboard::alertHoldsRotationUntilAcknowledged()
{
    auto board = makeBoard();
    board->resize(1920, 1080);
    board->show();
    QVERIFY(QTest::qWaitForWindowExposed(board.get()));
    board->setPage(1);
    const auto *failed = tile<wall::NumberTile>(*board, "tileFailed");
    const auto *banner = board->findChild<wall::BannerBar *>();
    QSignalSpy raised(board->alerts(), &AlertEngine::alertRaised);
    QCOMPARE(banner->level(), AlertLevel::Normal);

    // Ten failures in a row: the failure rate goes critical.
    for (int i = 0; i < 10; ++i)
        apply(QStringLiteral("f_%1").arg(i), CallStatus::Failed, QStringLiteral("NETWORK_ERROR"));
    QCOMPARE(raised.count(), 1);
    QCOMPARE(board->alerts()->level(AlertKind::FailureRate), AlertLevel::Critical);
    QCOMPARE(board->currentPage(), 0); // the page with the Failed tile
    QCOMPARE(failed->alertLevel(), AlertLevel::Critical);
    QCOMPARE(banner->level(), AlertLevel::Critical);
    QVERIFY2(banner->text().contains(s("Press A")), qPrintable(banner->text()));
    bool described = false;
    for (const wall::TextItem &item : failed->textItems())
        described = described || item.text.contains(s("CRITICAL"));
    QVERIFY(described);

    // Held: the rotation does not move however long nobody acknowledges.
    for (int i = 0; i < 6; ++i)
        tickBy(10, *board);
    QCOMPARE(board->currentPage(), 0);
    QVERIFY(board->alerts()->holdsRotation());

    QTest::keyClick(board.get(), Qt::Key_A);
    QVERIFY(!board->alerts()->holdsRotation());
    QVERIFY(board->alerts()->isAcknowledged(AlertKind::FailureRate));
    QCOMPARE(banner->level(), AlertLevel::Normal);
    // Still visible on its tile, marked acknowledged.
    QCOMPARE(failed->alertLevel(), AlertLevel::Critical);
    QVERIFY(failed->isAlertAcknowledged());
    tickBy(10, *board);
    QCOMPARE(board->currentPage(), 1);
}

void TestWallboard::escapeExitsWithoutPin()
{
    auto board = makeBoard();
    QSignalSpy exits(board.get(), &Wallboard::exitRequested);
    QTest::keyClick(board.get(), Qt::Key_Escape);
    QCOMPARE(exits.count(), 1);

    // No settings at all: defaults, no PIN.
    Wallboard plain(m_model.get(), m_tracker.get(), nullptr, nullptr, *m_clock);
    QSignalSpy plainExits(&plain, &Wallboard::exitRequested);
    QTest::keyClick(&plain, Qt::Key_Escape);
    QCOMPARE(plainExits.count(), 1);
}

void TestWallboard::escapeNeedsTheRightPin()
{
    m_settings->setWallboardPin(s("2468"));
    auto board = makeBoard();
    board->resize(1920, 1080);
    board->show();
    QVERIFY(QTest::qWaitForWindowExposed(board.get()));
    QSignalSpy exits(board.get(), &Wallboard::exitRequested);
    auto *overlay = board->findChild<wall::PinOverlay *>();
    auto *edit = board->findChild<QLineEdit *>(s("wallboardPin"));
    QVERIFY(overlay && edit);
    QVERIFY(!overlay->isVisible());

    QTest::keyClick(board.get(), Qt::Key_Escape);
    QCOMPARE(exits.count(), 0);
    QVERIFY(overlay->isVisible());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);

    QTest::keyClicks(edit, s("1357"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(exits.count(), 0);
    QVERIFY(overlay->isVisible());
    QVERIFY(!overlay->message().isEmpty());
    QVERIFY(edit->text().isEmpty());

    // Esc cancels the entry, the board stays.
    QTest::keyClick(board.get(), Qt::Key_Escape);
    QVERIFY(!overlay->isVisible());
    QCOMPARE(exits.count(), 0);

    QTest::keyClick(board.get(), Qt::Key_Escape);
    QVERIFY(overlay->isVisible());
    QTest::keyClicks(edit, s("2468"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(exits.count(), 1);
    QVERIFY(!overlay->isVisible());
}

void TestWallboard::wrongPinsLockTheEntry()
{
    m_settings->setWallboardPin(s("2468"));
    auto board = makeBoard();
    board->resize(1920, 1080);
    board->show();
    QVERIFY(QTest::qWaitForWindowExposed(board.get()));
    QSignalSpy exits(board.get(), &Wallboard::exitRequested);
    auto *overlay = board->findChild<wall::PinOverlay *>();
    auto *edit = board->findChild<QLineEdit *>(s("wallboardPin"));
    QTest::keyClick(board.get(), Qt::Key_Escape);
    for (int i = 0; i < Wallboard::PinAttempts; ++i) {
        QVERIFY(edit->isEnabled());
        QTest::keyClicks(edit, s("0000"));
        QTest::keyClick(edit, Qt::Key_Return);
    }
    QVERIFY(!edit->isEnabled());
    QVERIFY2(overlay->message().contains(QString::number(Wallboard::PinLockoutSeconds)),
             qPrintable(overlay->message()));

    // Locked: even the right PIN does not leave.
    edit->setText(s("2468"));
    Q_EMIT edit->returnPressed();
    QCOMPARE(exits.count(), 0);

    tickBy(Wallboard::PinLockoutSeconds - 10, *board);
    QVERIFY(!edit->isEnabled());
    QVERIFY2(overlay->message().contains(s("10")), qPrintable(overlay->message()));
    tickBy(10, *board);
    QVERIFY(edit->isEnabled());
    QTest::keyClicks(edit, s("2468"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(exits.count(), 1);
}

void TestWallboard::showOnScreenFallsBackToPrimary()
{
    auto board = makeBoard();
    const QString message = board->showOnScreen(99);
    QVERIFY(!message.isEmpty());
    QCOMPARE(board->screenMessage(), message);
    QVERIFY(board->isVisible());
    QCOMPARE(board->screen(), QGuiApplication::primaryScreen());

    QVERIFY(board->showOnScreen(0).isEmpty());
    QVERIFY(board->screenMessage().isEmpty());
    QCOMPARE(board->screen(), QGuiApplication::screens().at(0));
    QVERIFY(!board->showOnScreen(-1).isEmpty());
}

void TestWallboard::manyBatchesAddTheBatchesPage()
{
    trackBatchesWithStatistics(5);
    auto board = makeBoard();
    board->resize(1920, 1080);
    board->show();
    QVERIFY(QTest::qWaitForWindowExposed(board.get()));
    QCOMPARE(board->pageCount(), 3);
    QCOMPARE(board->pageTitle(2), QCoreApplication::translate("cw::Wallboard", "Batches"));
    const auto *now = tile<wall::ProgressTile>(*board, "tileBatches");
    const auto *all = tile<wall::ProgressTile>(*board, "tileAllBatches");
    QCOMPARE(now->shownRows(), Wallboard::NowPageBatchRows);
    bool pointsToPage = false;
    for (const wall::TextItem &item : now->textItems())
        pointsToPage = pointsToPage || (item.text.contains(s("+3")) && item.text.contains(s("Batches page")));
    QVERIFY(pointsToPage);
    QCOMPARE(all->shownRows(), 5);
    QCOMPARE(int(all->rows().size()), 5);
    // Running batches first, newest first; the finished one last.
    QCOMPARE(all->rows().first().name, s("batch_5"));
    QCOMPARE(all->rows().last().name, s("batch_1"));
    QCOMPARE(all->rows().last().fraction, 1.0);
    QVERIFY(all->rows().first().percent.contains(s("80")));

    // The rotation visits the Batches page too.
    tickBy(10, *board);
    tickBy(10, *board);
    QCOMPARE(board->currentPage(), 2);
    tickBy(10, *board);
    QCOMPARE(board->currentPage(), 0);
}

void TestWallboard::cursorHidesWhenIdle()
{
    auto board = makeBoard();
    board->resize(800, 600);
    board->show();
    QVERIFY(QTest::qWaitForWindowExposed(board.get()));
    tickBy(1, *board);
    QVERIFY(board->cursor().shape() != Qt::BlankCursor);
    tickBy(Wallboard::CursorHideSeconds, *board);
    QCOMPARE(board->cursor().shape(), Qt::BlankCursor);
    // The pointer moves: the cursor is back at the next check (every second).
    QCursor::setPos(board->mapToGlobal(QPoint(200, 150)));
    tickBy(1, *board);
    QVERIFY(board->cursor().shape() != Qt::BlankCursor);
    tickBy(Wallboard::CursorHideSeconds, *board);
    QCOMPARE(board->cursor().shape(), Qt::BlankCursor);
}

// --- endurance ------------------------------------------------------------------------------------------

void TestWallboard::longRunKeepsWidgetsConstant()
{
    auto board = makeBoard();
    board->resize(1920, 1080);
    board->show();
    QVERIFY(QTest::qWaitForWindowExposed(board.get()));
    const QList<QWidget *> before = board->findChildren<QWidget *>();
    const auto *completed = tile<wall::NumberTile>(*board, "tileCompleted");

    // Three days in five-minute steps, calls coming and going all the time, and a network outage on the
    // second day (no data for three hours).
    QElapsedTimer timer;
    timer.start();
    const int steps = 3 * 24 * 12;
    QDate day = m_clock->now().date();
    qint64 completedToday = 0;
    int ticks = 0;
    for (int step = 0; step < steps; ++step) {
        m_clock->advance(5 * 60 * 1000);
        if (m_clock->now().date() != day) {
            day = m_clock->now().date();
            completedToday = 0;
        }
        const bool outage = step >= 24 * 12 + 100 && step < 24 * 12 + 136;
        m_tracker->untrackCalls({QStringLiteral("call_%1").arg(step - 40)});
        if (!outage) {
            const QString id = QStringLiteral("call_%1").arg(step);
            apply(id, CallStatus::Scheduled);
            apply(id, CallStatus::Ongoing);
            if (step % 7 == 0) {
                apply(id, CallStatus::Failed, QStringLiteral("BUSY"));
            } else {
                apply(id, CallStatus::Completed);
                ++completedToday;
            }
        }
        board->tick();
        ++ticks;
        if (outage)
            QVERIFY(board->dataAge() != Wallboard::DataAge::Fresh);
        if (step % 97 == 0)
            QTest::keyClick(board.get(), Qt::Key_A);
    }
    qInfo("%d ticks over 3 simulated days in %lld ms", ticks, timer.elapsed());

    const QList<QWidget *> after = board->findChildren<QWidget *>();
    QCOMPARE(after.size(), before.size());
    for (QWidget *widget : after)
        QVERIFY(before.contains(widget));
    QCOMPARE(board->dataAge(), Wallboard::DataAge::Fresh);
    QCOMPARE(completed->value(), n(completedToday));
    QVERIFY(completedToday > 100);
    QVERIFY(m_model->rowCount() <= 41);
}

// --- pictures -------------------------------------------------------------------------------------------

// Writes the board's pictures when CALLWATCH_SCREENSHOT_DIR is set (never into the repo otherwise): a busy
// afternoon with history, live calls, batches and one alert.
void TestWallboard::screenshots()
{
    // Without CALLWATCH_SCREENSHOT_DIR the pictures go to a temporary folder and are only checked.
    QTemporaryDir scratch;
    QString dir = qEnvironmentVariable("CALLWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = scratch.path();
    QVERIFY(QDir().mkpath(dir));

    trackBatchesWithStatistics(6);
    // Seven days of history with a working-day shape.
    HistoryStore::WriteBatch history;
    const QDateTime now = m_clock->now();
    int serial = 0;
    for (qint64 minutes = 7 * 24 * 60; minutes > 0; minutes -= 3) {
        const QDateTime at = now.addSecs(-minutes * 60);
        const int hour = at.time().hour();
        const int weekday = at.date().dayOfWeek();
        const bool working = hour >= 8 && hour < 20 && weekday <= 6;
        const int calls = working ? 2 + (hour >= 10 && hour < 13 ? 2 : 0) + (serial % 3) : (serial % 11 == 0);
        for (int i = 0; i < calls; ++i) {
            HistoryStore::Transition t;
            t.callId = QStringLiteral("hist_%1").arg(++serial);
            t.at = at.addSecs(i * 20);
            t.source = HistoryStore::SourcePoll.toString();
            const int roll = serial % 20;
            t.status = roll < 15   ? CallStatus::Completed
                       : roll < 18 ? CallStatus::Missed
                                   : CallStatus::Failed;
            if (t.status == CallStatus::Failed)
                t.error = serial % 3 == 0   ? QStringLiteral("BUSY")
                          : serial % 3 == 1 ? QStringLiteral("NETWORK_ERROR")
                                            : QStringLiteral("INVALID_NUMBER");
            if (t.status == CallStatus::Missed)
                t.error = QStringLiteral("NO_ANSWER");
            history.transitions << t;
        }
    }
    QVERIFY(m_store->write(history));
    for (int i = 0; i < 42; ++i)
        apply(QStringLiteral("live_on_%1").arg(i), CallStatus::Ongoing);
    for (int i = 0; i < 164; ++i)
        apply(QStringLiteral("live_sch_%1").arg(i), CallStatus::Scheduled);

    auto board = makeBoard();
    board->show();
    m_clock->advance(2000);
    apply(QStringLiteral("live_sch_0"), CallStatus::Ongoing); // fresh data, two seconds ago
    m_clock->advance(2000);
    const auto shoot = [&board](const QString &path) {
        const auto charts = board->findChildren<TrendChart *>();
        for (TrendChart *chart : charts)
            chart->refreshNow();
        QCoreApplication::processEvents();
        QVERIFY(board->grab().save(path));
        // The picture reads back whole, at the board's size: what the README shows is what the app drew.
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), board->size() * board->devicePixelRatio());
    };
    for (const QSize size : {QSize(1920, 1080), QSize(3840, 2160)}) {
        board->resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(board.get()));
        board->tick();
        const QString suffix = size.height() == 1080 ? QString() : QStringLiteral("-2160");
        board->setPage(0);
        shoot(dir + QStringLiteral("/wallboard") + suffix + QStringLiteral(".png"));
        board->setPage(1);
        shoot(dir + QStringLiteral("/wallboard-trends") + suffix + QStringLiteral(".png"));
        board->setPage(2);
        shoot(dir + QStringLiteral("/wallboard-batches") + suffix + QStringLiteral(".png"));
    }
    board->resize(1920, 1080);
    board->setPage(0);
    // The network goes away for four minutes, and the credits run out.
    for (int i = 0; i < 2; ++i)
        apply(QStringLiteral("credits_%1").arg(i), CallStatus::Failed,
              QStringLiteral("INSUFFICIENT_CREDITS"));
    tickBy(4 * 60, *board);
    shoot(dir + QStringLiteral("/wallboard-alert.png"));
    m_settings->setWallboardPin(s("2468"));
    QTest::keyClick(board.get(), Qt::Key_Escape);
    QTest::keyClicks(board->findChild<QLineEdit *>(s("wallboardPin")), s("12"));
    shoot(dir + QStringLiteral("/wallboard-pin.png"));
}

QTEST_MAIN(TestWallboard)
void TestWallboard::alertsJudgeTheRecentHistoryAtOnce()
{
    // A board opened mid-shift (or restarted) sees the last minutes' outcomes from the history: 30 of 50
    // calls failed in the last ten minutes is critical from the first second.
    m_store = std::make_unique<HistoryStore>(*m_clock);
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("history"))));
    HistoryStore::WriteBatch history;
    const QDateTime now = m_clock->now();
    for (int i = 0; i < 50; ++i) {
        HistoryStore::Transition t;
        t.callId = QStringLiteral("recent_%1").arg(i);
        t.at = now.addSecs(-600 + i * 10);
        t.source = HistoryStore::SourcePoll.toString();
        t.status = i < 30 ? CallStatus::Failed : CallStatus::Completed;
        t.error = i < 30 ? QStringLiteral("NETWORK_ERROR") : QString();
        history.transitions << t;
    }
    // Older than the window: not judged.
    HistoryStore::Transition old;
    old.callId = QStringLiteral("old_credits");
    old.at = now.addSecs(-3 * 3600);
    old.source = HistoryStore::SourcePoll.toString();
    old.status = CallStatus::Failed;
    old.error = QStringLiteral("INSUFFICIENT_CREDITS");
    history.transitions << old;
    QVERIFY(m_store->write(history));

    auto board = makeBoard();
    QCOMPARE(board->alerts()->level(AlertKind::FailureRate), AlertLevel::Critical);
    QCOMPARE(board->alerts()->failureRateSamples(), 50);
    QCOMPARE(board->alerts()->level(AlertKind::InsufficientCredits), AlertLevel::Normal);
}

void TestWallboard::historyLoadsInTheBackground()
{
    // The board opens at once and reads the month's history off the GUI thread; until it is there, the
    // day's tiles say so instead of showing zeros, then show what the history holds.
    m_store = std::make_unique<HistoryStore>(*m_clock);
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("history"))));
    HistoryStore::WriteBatch history;
    const QDateTime now = m_clock->now();
    for (int i = 0; i < 12; ++i) {
        HistoryStore::Transition t;
        t.callId = QStringLiteral("earlier_%1").arg(i);
        t.at = now.addSecs(-60 * (i + 1));
        t.source = HistoryStore::SourcePoll.toString();
        t.status = i < 7 ? CallStatus::Completed : CallStatus::Failed;
        t.error = i < 7 ? QString() : QStringLiteral("BUSY");
        history.transitions << t;
    }
    QVERIFY(m_store->write(history));

    auto board = makeBoard();
    board->resize(1920, 1080);
    const QList<TrendModel *> trends = board->findChildren<TrendModel *>();
    QVERIFY(!trends.isEmpty());
    for (const TrendModel *trend : trends)
        QVERIFY(trend->isLoading()); // nothing was read on this thread
    const auto *completed = tile<wall::NumberTile>(*board, "tileCompleted");
    const QString loading = QCoreApplication::translate("cw::Wallboard", "Loading history…");
    QCOMPARE(completed->value(), s("…"));
    QCOMPARE(completed->caption(), loading);
    QCOMPARE(tile<wall::NumberTile>(*board, "tileFailed")->value(), s("…"));

    QTRY_VERIFY(
        std::none_of(trends.cbegin(), trends.cend(), [](const TrendModel *t) { return t->isLoading(); }));
    QTRY_COMPARE(completed->value(), n(7));
    QVERIFY(completed->caption() != loading);
    QCOMPARE(tile<wall::NumberTile>(*board, "tileFailed")->value(), n(5));
    const auto *errors = tile<wall::ListTile>(*board, "tileErrors");
    QCOMPARE(int(errors->rows().size()), 1);
    QCOMPARE(errors->rows().at(0).key, s("BUSY"));
    QCOMPARE(errors->rows().at(0).value, n(5));
}

#include "tst_wallboard.moc"

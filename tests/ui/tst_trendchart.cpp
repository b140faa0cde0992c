#include "testsupport.h"

#include "clock.h"
#include "historystore.h"
#include "statusstyle.h"
#include "theme.h"
#include "trendchart.h"
#include "trendmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsView>
#include <QImage>
#include <QImageReader>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>

#include <cmath>
#include <memory>

using namespace cw;
using Transition = HistoryStore::Transition;

namespace {

// 2025-11-15 15:07:30 UTC (a Saturday): "now" for every test. The newest quarter-hour bucket is
// 15:00-15:15.
const QDateTime kNow(QDate(2025, 11, 15), QTime(15, 7, 30), QTimeZone::utc());

Transition transition(const QString &callId, const QDateTime &at, CallStatus status,
                      const QString &error = {})
{
    Transition t;
    t.callId = callId;
    t.at = at;
    t.status = status;
    t.error = error;
    t.source = HistoryStore::SourcePoll;
    return t;
}

// A call scheduled `minutesAgo + 3` minutes before now that ended `minutesAgo` minutes before now.
QList<Transition> endedCall(const QString &callId, int minutesAgo, CallStatus status,
                            const QString &error = {})
{
    const QDateTime end = kNow.addSecs(-60LL * minutesAgo);
    return {transition(callId, end.addSecs(-180), CallStatus::Scheduled),
            transition(callId, end.addSecs(-120), CallStatus::Ongoing),
            transition(callId, end, status, error)};
}

// A chart over a model fed only by addTransitions(), on a manual clock.
struct Fixture
{
    ManualClock clock{kNow};
    TrendModel model{clock};
    std::unique_ptr<TrendChart> chart;

    Fixture()
    {
        model.setUpdateIntervalMs(0);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        chart = std::make_unique<TrendChart>(&model);
    }

    // Feeds transitions and waits for the model's (coalesced) updated().
    bool feed(const QList<Transition> &transitions)
    {
        QSignalSpy updated(&model, &TrendModel::updated);
        model.addTransitions(transitions);
        return updated.wait(5000);
    }

    // A day of traffic: completed, missed and failed calls in several buckets, with codes.
    bool feedDay()
    {
        QList<Transition> all;
        const QStringList codes = {QStringLiteral("NO_ANSWER"), QStringLiteral("BUSY"),
                                   QStringLiteral("NO_ANSWER"), QStringLiteral("INVALID_NUMBER"), QString()};
        for (int i = 0; i < 60; ++i) {
            const int minutesAgo = 1 + i * 23 % 1400;
            const CallStatus status =
                i % 5 == 0 ? CallStatus::Failed : (i % 3 == 0 ? CallStatus::Missed : CallStatus::Completed);
            all += endedCall(QStringLiteral("day_%1").arg(i), minutesAgo, status,
                             status == CallStatus::Failed ? codes.at(i / 5 % codes.size()) : QString());
        }
        // Two calls still going on: the active line has something to show.
        all.append(transition(QStringLiteral("live_1"), kNow.addSecs(-300), CallStatus::Ongoing));
        all.append(transition(QStringLiteral("live_2"), kNow.addSecs(-3000), CallStatus::Scheduled));
        return feed(all);
    }

    // Realistic traffic for screenshots and the cost figure: a business-hours curve over `days` days,
    // about 70 % completed, 15 % missed, 15 % failed with a spread of codes, and a few calls going on.
    bool feedBusy(int days)
    {
        static const QStringList codes = {QStringLiteral("NO_ANSWER"),
                                          QStringLiteral("NO_ANSWER"),
                                          QStringLiteral("NO_ANSWER"),
                                          QStringLiteral("BUSY"),
                                          QStringLiteral("BUSY"),
                                          QStringLiteral("INVALID_NUMBER"),
                                          QStringLiteral("NETWORK_ERROR"),
                                          QStringLiteral("INSUFFICIENT_CREDITS"),
                                          QStringLiteral("Carrier hung up"),
                                          QString()};
        QList<Transition> all;
        int id = 0;
        for (int minute = 1; minute < days * 24 * 60; ++minute) {
            const QDateTime end = kNow.addSecs(-60LL * minute);
            const double hour = end.time().hour() + end.time().minute() / 60.0;
            const double load =
                hour >= 8 && hour < 20 ? 0.6 + 2.2 * std::sin((hour - 8) / 12.0 * M_PI) : 0.15;
            const quint32 hash = quint32(minute) * 2654435761u;
            const int calls = int(load + (hash >> 28) / 16.0);
            for (int k = 0; k < calls; ++k, ++id) {
                const quint32 roll = (hash + quint32(k) * 40503u) % 100;
                const CallStatus status = roll < 70   ? CallStatus::Completed
                                          : roll < 85 ? CallStatus::Missed
                                                      : CallStatus::Failed;
                all += endedCall(QStringLiteral("busy_%1").arg(id), minute, status,
                                 status == CallStatus::Failed ? codes.at(int(roll + hash % 7) % codes.size())
                                                              : QString());
            }
            if (minute % 9 == 0 && minute < 90)
                all.append(transition(QStringLiteral("live_%1").arg(minute), end, CallStatus::Ongoing));
        }
        return feed(all);
    }
};

QList<qreal> modelValues(const TrendModel &model, CallStatus status)
{
    QList<qreal> values;
    for (int b = 0; b < model.bucketCount(); ++b)
        values.append(qreal(model.count(b, status)));
    return values;
}

QString shotsDir()
{
    return qEnvironmentVariable("CALLWATCH_CHART_SHOTS");
}

void saveShot(const QImage &image, const QString &name)
{
    if (shotsDir().isEmpty())
        return;
    QDir().mkpath(shotsDir());
    image.save(shotsDir() + QLatin1Char('/') + name + QStringLiteral(".png"));
}

qreal lightness(const QImage &image, QPoint at)
{
    return image.pixelColor(at).lightnessF();
}

} // namespace

class TestTrendChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void seriesNames_data();
    void seriesNames();
    void refillsWithoutRebuilding();
    void loadingStateWhileTheModelLoads();
    void rebuildsWhenTheSeriesSetChanges();
    void valuesMatchTheModel_data();
    void valuesMatchTheModel();
    void otherCodesHoldTheRest();
    void toolTipText();
    void hoverShowsTheBucketToolTip();
    void emptyState();
    void rangeBoxFollowsAndDrives();
    void controlsDriveTheChart();
    void axisLabelsAreThinned_data();
    void axisLabelsAreThinned();
    void countAxisIsIntegral();
    void exportPng_data();
    void exportPng();
    void exportCsv();
    void exportToUnwritablePath_data();
    void exportToUnwritablePath();
    void compactMode();
    void followsPalette();
    void refillCost();
};

void TestTrendChart::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestTrendChart::init()
{
    QApplication::setPalette(lightPalette());
}

void TestTrendChart::seriesNames_data()
{
    QTest::addColumn<TrendChart::Style>("style");
    QTest::addColumn<bool>("split");
    QTest::addColumn<bool>("active");
    QTest::addColumn<QStringList>("failureCodes"); // one failed call per entry
    QTest::addColumn<QStringList>("expected");

    const QString c = QStringLiteral("Completed");
    const QString m = QStringLiteral("Missed");
    const QString f = QStringLiteral("Failed");
    const QString a = QStringLiteral("Active calls");
    const QStringList someCodes = {QStringLiteral("BUSY"), QStringLiteral("NO_ANSWER"),
                                   QStringLiteral("NO_ANSWER"), QString()};
    const QStringList sevenCodes = {QStringLiteral("BUSY"),
                                    QStringLiteral("BUSY"),
                                    QStringLiteral("BUSY"),
                                    QStringLiteral("NO_ANSWER"),
                                    QStringLiteral("NO_ANSWER"),
                                    QStringLiteral("INVALID_NUMBER"),
                                    QStringLiteral("NETWORK_ERROR"),
                                    QStringLiteral("INSUFFICIENT_CREDITS"),
                                    QStringLiteral("Carrier hung up"),
                                    QString()};

    QTest::newRow("bars") << TrendChart::Style::StackedBars << false << false << someCodes
                          << QStringList{c, m, f};
    QTest::newRow("bars, active") << TrendChart::Style::StackedBars << false << true << someCodes
                                  << QStringList{c, m, f, a};
    QTest::newRow("lines") << TrendChart::Style::Lines << false << false << someCodes << QStringList{c, m, f};
    QTest::newRow("lines, active") << TrendChart::Style::Lines << false << true << QStringList()
                                   << QStringList{c, m, f, a};
    // Most frequent first, ties alphabetical ("" before "BUSY"); the empty code shows as "No code".
    QTest::newRow("split") << TrendChart::Style::StackedBars << true << false << someCodes
                           << QStringList{c, m, QStringLiteral("NO_ANSWER"), QStringLiteral("No code"),
                                          QStringLiteral("BUSY")};
    QTest::newRow("split, no failures")
        << TrendChart::Style::StackedBars << true << false << QStringList() << QStringList{c, m, f};
    // Seven codes: the top five get a series each, the other two share "Other codes".
    QTest::newRow("split, top five + other, lines, active")
        << TrendChart::Style::Lines << true << true << sevenCodes
        << QStringList{c,
                       m,
                       QStringLiteral("BUSY"),
                       QStringLiteral("NO_ANSWER"),
                       QStringLiteral("No code"),
                       QStringLiteral("Carrier hung up"),
                       QStringLiteral("INSUFFICIENT_CREDITS"),
                       QStringLiteral("Other codes"),
                       a};
}

void TestTrendChart::seriesNames()
{
    QFETCH(TrendChart::Style, style);
    QFETCH(bool, split);
    QFETCH(bool, active);
    QFETCH(QStringList, failureCodes);
    QFETCH(QStringList, expected);

    Fixture f;
    QList<Transition> all = endedCall(QStringLiteral("ok"), 30, CallStatus::Completed);
    for (int i = 0; i < failureCodes.size(); ++i)
        all += endedCall(QStringLiteral("fail_%1").arg(i), 10 + i, CallStatus::Failed, failureCodes.at(i));
    QVERIFY(f.feed(all));

    QSignalSpy styleChanged(f.chart.get(), &TrendChart::styleChanged);
    f.chart->setStyle(style);
    f.chart->setSplitFailedByCode(split);
    f.chart->setShowActive(active);
    QCOMPARE(f.chart->style(), style);
    QCOMPARE(f.chart->splitFailedByCode(), split);
    QCOMPARE(f.chart->showActive(), active);
    QCOMPARE(styleChanged.count(), style == TrendChart::Style::StackedBars ? 0 : 1);
    f.chart->refreshNow();
    QCOMPARE(f.chart->seriesNames(), expected);
}

void TestTrendChart::refillsWithoutRebuilding()
{
    Fixture f;
    f.chart->setShowActive(true);
    f.chart->refreshNow();
    const int builds = f.chart->seriesBuildCount();
    QVERIFY(builds >= 1);

    // updated(): values change, the series stay.
    int refills = f.chart->refillCount();
    QVERIFY(f.feed(endedCall(QStringLiteral("a"), 5, CallStatus::Completed)));
    QTRY_VERIFY(f.chart->refillCount() > refills);
    QCOMPARE(f.chart->seriesBuildCount(), builds);
    QTRY_COMPARE(f.chart->seriesValues(QStringLiteral("Completed")),
                 modelValues(f.model, CallStatus::Completed));

    // bucketsChanged(): the buckets roll forward; categories change, the series stay.
    refills = f.chart->refillCount();
    const QString firstLabel = f.model.label(0);
    QSignalSpy bucketsChanged(&f.model, &TrendModel::bucketsChanged);
    f.clock.advance(15 * 60 * 1000);
    f.model.advance();
    QCOMPARE(bucketsChanged.count(), 1);
    QVERIFY(f.model.label(0) != firstLabel);
    QTRY_VERIFY(f.chart->refillCount() > refills);
    QCOMPARE(f.chart->seriesBuildCount(), builds);
    QTRY_COMPARE(f.chart->seriesValues(QStringLiteral("Completed")),
                 modelValues(f.model, CallStatus::Completed));

    // Many updates in a row: merged, and the chart ends up showing the latest numbers.
    for (int i = 0; i < 20; ++i)
        f.model.addTransitions(endedCall(QStringLiteral("burst_%1").arg(i), 2, CallStatus::Missed));
    QTRY_COMPARE(f.chart->seriesValues(QStringLiteral("Missed")), modelValues(f.model, CallStatus::Missed));
    QCOMPARE(f.chart->seriesBuildCount(), builds);

    // A range change reloads the model: new buckets, same series.
    refills = f.chart->refillCount();
    f.chart->setRange(ChartRange::LastHour);
    QTRY_VERIFY(f.chart->refillCount() > refills);
    QCOMPARE(f.chart->seriesBuildCount(), builds);
    QTRY_COMPARE(f.chart->seriesValues(QStringLiteral("Completed")).size(), qsizetype(f.model.bucketCount()));
}

void TestTrendChart::rebuildsWhenTheSeriesSetChanges()
{
    Fixture f;
    QVERIFY(f.feed(endedCall(QStringLiteral("a"), 5, CallStatus::Failed, QStringLiteral("BUSY"))));
    f.chart->refreshNow();
    int builds = f.chart->seriesBuildCount();

    f.chart->setStyle(TrendChart::Style::Lines);
    QCOMPARE(f.chart->seriesBuildCount(), ++builds);
    f.chart->setStyle(TrendChart::Style::Lines); // no change, no rebuild
    QCOMPARE(f.chart->seriesBuildCount(), builds);
    f.chart->setSplitFailedByCode(true);
    QCOMPARE(f.chart->seriesBuildCount(), ++builds);
    f.chart->setShowActive(true);
    QCOMPARE(f.chart->seriesBuildCount(), ++builds);

    // Another BUSY failure: same codes, same series.
    QVERIFY(f.feed(endedCall(QStringLiteral("b"), 4, CallStatus::Failed, QStringLiteral("BUSY"))));
    f.chart->refreshNow();
    QCOMPARE(f.chart->seriesBuildCount(), builds);
    // A new code: the split series change.
    QVERIFY(f.feed(endedCall(QStringLiteral("c"), 3, CallStatus::Failed, QStringLiteral("NO_ANSWER"))));
    f.chart->refreshNow();
    QCOMPARE(f.chart->seriesBuildCount(), ++builds);
    QVERIFY(f.chart->seriesNames().contains(QStringLiteral("NO_ANSWER")));
    // Compact mode restyles; it does not rebuild.
    f.chart->setCompact(true);
    QCOMPARE(f.chart->seriesBuildCount(), builds);
}

void TestTrendChart::valuesMatchTheModel_data()
{
    QTest::addColumn<TrendChart::Style>("style");
    QTest::addColumn<bool>("split");
    QTest::addColumn<ChartRange>("range");

    QTest::newRow("bars, 24 h") << TrendChart::Style::StackedBars << false << ChartRange::Last24Hours;
    QTest::newRow("bars split, 24 h") << TrendChart::Style::StackedBars << true << ChartRange::Last24Hours;
    QTest::newRow("lines, 24 h") << TrendChart::Style::Lines << false << ChartRange::Last24Hours;
    QTest::newRow("lines split, 24 h") << TrendChart::Style::Lines << true << ChartRange::Last24Hours;
    QTest::newRow("bars, last hour") << TrendChart::Style::StackedBars << false << ChartRange::LastHour;
    QTest::newRow("lines, 7 days") << TrendChart::Style::Lines << false << ChartRange::Last7Days;
    QTest::newRow("bars split, 30 days") << TrendChart::Style::StackedBars << true << ChartRange::Last30Days;
}

void TestTrendChart::valuesMatchTheModel()
{
    QFETCH(TrendChart::Style, style);
    QFETCH(bool, split);
    QFETCH(ChartRange, range);

    Fixture f;
    f.chart->setRange(range);
    QVERIFY(f.feedDay());
    f.chart->setStyle(style);
    f.chart->setSplitFailedByCode(split);
    f.chart->setShowActive(true);
    f.chart->refreshNow();

    QCOMPARE(f.chart->seriesValues(QStringLiteral("Completed")), modelValues(f.model, CallStatus::Completed));
    QCOMPARE(f.chart->seriesValues(QStringLiteral("Missed")), modelValues(f.model, CallStatus::Missed));
    if (split) {
        const QStringList codes = f.model.errorCodes();
        QVERIFY(!codes.isEmpty());
        for (const QString &code : codes) {
            QList<qreal> expected;
            for (int b = 0; b < f.model.bucketCount(); ++b)
                expected.append(qreal(f.model.failedWithCode(b, code)));
            QCOMPARE(f.chart->seriesValues(code.isEmpty() ? QStringLiteral("No code") : code), expected);
        }
        QVERIFY(f.chart->seriesValues(QStringLiteral("Failed")).isEmpty());
    } else {
        QCOMPARE(f.chart->seriesValues(QStringLiteral("Failed")), modelValues(f.model, CallStatus::Failed));
    }
    QList<qreal> active;
    for (int b = 0; b < f.model.bucketCount(); ++b)
        active.append(qreal(f.model.active(b)));
    QCOMPARE(f.chart->seriesValues(QStringLiteral("Active calls")), active);
    QVERIFY(f.chart->seriesValues(QStringLiteral("No such series")).isEmpty());

    // Something was counted at all, or the comparisons above prove little.
    QVERIFY(f.model.total(CallStatus::Completed) > 0);
    QVERIFY(f.model.total(CallStatus::Failed) > 0);
}

void TestTrendChart::otherCodesHoldTheRest()
{
    Fixture f;
    QList<Transition> all;
    // Six codes in one bucket (five minutes ago): BUSY x3, NO_ANSWER x2, four singles, two of which fall
    // outside the top five (alphabetical tie-break).
    const QStringList codes = {QStringLiteral("BUSY"),           QStringLiteral("BUSY"),
                               QStringLiteral("BUSY"),           QStringLiteral("NO_ANSWER"),
                               QStringLiteral("NO_ANSWER"),      QStringLiteral("INVALID_NUMBER"),
                               QStringLiteral("NETWORK_ERROR"),  QStringLiteral("INSUFFICIENT_CREDITS"),
                               QStringLiteral("ZZ_CARRIER_GONE")};
    for (int i = 0; i < codes.size(); ++i)
        all += endedCall(QStringLiteral("f%1").arg(i), 3, CallStatus::Failed, codes.at(i));
    QVERIFY(f.feed(all));
    f.chart->setSplitFailedByCode(true);
    f.chart->refreshNow();

    const int last = f.model.bucketCount() - 1;
    QCOMPARE(f.model.count(last, CallStatus::Failed), 9);
    QCOMPARE(f.chart->seriesNames().mid(2),
             (QStringList{QStringLiteral("BUSY"), QStringLiteral("NO_ANSWER"),
                          QStringLiteral("INSUFFICIENT_CREDITS"), QStringLiteral("INVALID_NUMBER"),
                          QStringLiteral("NETWORK_ERROR"), QStringLiteral("Other codes")}));
    QCOMPARE(f.chart->seriesValues(QStringLiteral("BUSY")).at(last), 3.0);
    QCOMPARE(f.chart->seriesValues(QStringLiteral("NO_ANSWER")).at(last), 2.0);
    QCOMPARE(f.chart->seriesValues(QStringLiteral("Other codes")).at(last), 1.0);
    // The stack adds up to the failures of the bucket.
    qreal sum = 0;
    for (const QString &name : f.chart->seriesNames().mid(2))
        sum += f.chart->seriesValues(name).at(last);
    QCOMPARE(sum, 9.0);
    // Every code has its own colour.
    QSet<QRgb> colours;
    for (const QString &name : f.chart->seriesNames())
        colours.insert(f.chart->seriesColor(name).rgb());
    QCOMPARE(colours.size(), f.chart->seriesNames().size());
}

void TestTrendChart::toolTipText()
{
    Fixture f;
    QList<Transition> all;
    // All in the 14:45-15:00 bucket (ended 10 to 20 minutes before 15:07:30).
    all += endedCall(QStringLiteral("c1"), 10, CallStatus::Completed);
    all += endedCall(QStringLiteral("c2"), 12, CallStatus::Completed);
    all += endedCall(QStringLiteral("m1"), 11, CallStatus::Missed);
    all += endedCall(QStringLiteral("f1"), 13, CallStatus::Failed, QStringLiteral("NO_ANSWER"));
    all += endedCall(QStringLiteral("f2"), 14, CallStatus::Failed, QStringLiteral("Call was not answered"));
    all += endedCall(QStringLiteral("f3"), 15, CallStatus::Failed, QStringLiteral("BUSY"));
    all.append(transition(QStringLiteral("live"), kNow.addSecs(-20 * 60), CallStatus::Ongoing));
    QVERIFY(f.feed(all));

    const int bucket = f.model.bucketCount() - 2;
    QCOMPARE(f.model.label(bucket), QStringLiteral("14:45"));
    QCOMPARE(f.model.active(bucket), 1);
    QCOMPARE(f.chart->toolTipText(bucket),
             QString::fromUtf8(
                 "14:45–15:00 · Completed 2 · Missed 1 · Failed 3 (NO_ANSWER 2, BUSY 1) · Active 1"));
    // An empty bucket still says what it is.
    QCOMPARE(f.chart->toolTipText(0),
             QString::fromUtf8("15:15–15:30 · Completed 0 · Missed 0 · Failed 0 · Active 0"));
    QCOMPARE(f.chart->toolTipText(-1), QString());
    QCOMPARE(f.chart->toolTipText(f.model.bucketCount()), QString());

    // Days: the label alone; large numbers with the locale's separators. (A range change reloads the
    // model, and without a store that starts it empty.)
    f.chart->setRange(ChartRange::Last30Days);
    QList<Transition> many;
    for (int i = 0; i < 1200; ++i)
        many += endedCall(QStringLiteral("bulk_%1").arg(i), 5 + i % 300, CallStatus::Completed);
    QVERIFY(f.feed(many));
    const int today = f.model.bucketCount() - 1;
    const QString expected = QString::fromUtf8("15 Nov · Completed 1,200 · Missed 0 · Failed 0 · Active ");
    QCOMPARE(f.chart->toolTipText(today).left(expected.size()), expected);
}

void TestTrendChart::hoverShowsTheBucketToolTip()
{
    Fixture f;
    QVERIFY(f.feedBusy(1));
    f.chart->resize(900, 500);
    f.chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.chart.get()));
    f.chart->refreshNow();

    auto *view = f.chart->findChild<QGraphicsView *>();
    QVERIFY(view);
    // The middle of the plot: some bucket near the middle of the range.
    const QPoint middle = view->viewport()->rect().center();
    QTest::mouseMove(view->viewport(), middle + QPoint(1, 0));
    QTest::mouseMove(view->viewport(), middle);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString shown = QToolTip::text();
    int hovered = -1;
    for (int b = 0; b < f.model.bucketCount(); ++b) {
        if (f.chart->toolTipText(b) == shown)
            hovered = b;
    }
    QVERIFY2(hovered >= 0, qPrintable(shown));
    const int n = f.model.bucketCount();
    QVERIFY(hovered > n / 4 && hovered < 3 * n / 4);
    saveShot(f.chart->grab().toImage(), QStringLiteral("hover"));

    // Outside the plot (the far top-left corner): no tooltip.
    QTest::mouseMove(view->viewport(), QPoint(1, 1));
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestTrendChart::emptyState()
{
    Fixture f;
    f.chart->resize(800, 450);
    QVERIFY(f.chart->showsEmptyState());
    // Active calls alone do not count: nothing ended.
    QVERIFY(f.feed({transition(QStringLiteral("live"), kNow.addSecs(-60), CallStatus::Ongoing)}));
    f.chart->refreshNow();
    QVERIFY(f.chart->showsEmptyState());
    // The empty chart is still a chart: axes and legend are drawn, not a blank widget.
    QCOMPARE(f.chart->seriesNames().size(), 3);
    QVERIFY(!f.chart->axisLabels().isEmpty());

    QVERIFY(f.feed(endedCall(QStringLiteral("done"), 5, CallStatus::Missed)));
    f.chart->refreshNow();
    QVERIFY(!f.chart->showsEmptyState());

    // The only ended call leaves the range as time passes: empty again.
    f.clock.advance(25LL * 3600 * 1000);
    f.model.advance();
    QCOMPARE(f.model.total(CallStatus::Missed), 0);
    QTRY_VERIFY(f.chart->showsEmptyState());
}

void TestTrendChart::rangeBoxFollowsAndDrives()
{
    Fixture f;
    QComboBox *box = f.chart->rangeBox();
    QVERIFY(box);
    QCOMPARE(box->count(), 4);
    QCOMPARE(ChartRange(box->currentData().toInt()), f.model.range());

    QSignalSpy rangeChanged(f.chart.get(), &TrendChart::rangeChanged);
    f.chart->setRange(ChartRange::Last7Days);
    QCOMPARE(f.model.range(), ChartRange::Last7Days);
    QCOMPARE(ChartRange(box->currentData().toInt()), ChartRange::Last7Days);
    QCOMPARE(rangeChanged.count(), 1);
    QCOMPARE(rangeChanged.at(0).at(0).value<ChartRange>(), ChartRange::Last7Days);
    f.chart->setRange(ChartRange::Last7Days); // unchanged: no signal
    QCOMPARE(rangeChanged.count(), 1);

    // The user picks a range in the box.
    const int hour = box->findData(int(ChartRange::LastHour));
    QVERIFY(hour >= 0);
    box->setCurrentIndex(hour);
    Q_EMIT box->activated(hour);
    QCOMPARE(f.model.range(), ChartRange::LastHour);
    QCOMPARE(rangeChanged.count(), 2);

    // The model's range changed elsewhere: the box follows.
    f.model.setRange(ChartRange::Last30Days);
    QTRY_COMPARE(ChartRange(box->currentData().toInt()), ChartRange::Last30Days);
    QTRY_COMPARE(f.chart->seriesValues(QStringLiteral("Completed")).size(), qsizetype(30));
}

void TestTrendChart::controlsDriveTheChart()
{
    Fixture f;
    QWidget *controls = f.chart->controls();
    QVERIFY(controls);
    const QList<QAbstractButton *> buttons = controls->findChildren<QAbstractButton *>();
    auto find = [&](const QString &text) -> QAbstractButton * {
        for (QAbstractButton *button : buttons) {
            if (button->text() == text)
                return button;
        }
        return nullptr;
    };
    QAbstractButton *lines = find(QStringLiteral("Lines"));
    QAbstractButton *bars = find(QStringLiteral("Bars"));
    QAbstractButton *split = find(QStringLiteral("Split failures by error code"));
    QAbstractButton *active = find(QStringLiteral("Active calls"));
    QVERIFY(lines && bars && split && active && find(QStringLiteral("Export")));

    QVERIFY(bars->isChecked());
    lines->click();
    QCOMPARE(f.chart->style(), TrendChart::Style::Lines);
    QVERIFY(!bars->isChecked());
    bars->click();
    QCOMPARE(f.chart->style(), TrendChart::Style::StackedBars);
    split->click();
    QVERIFY(f.chart->splitFailedByCode());
    active->click();
    QVERIFY(f.chart->showActive());
    QCOMPARE(f.chart->seriesNames().constLast(), QStringLiteral("Active calls"));
    // And the other way: the API moves the controls.
    f.chart->setShowActive(false);
    QVERIFY(!active->isChecked());
    f.chart->setStyle(TrendChart::Style::Lines);
    QVERIFY(lines->isChecked());
}

void TestTrendChart::axisLabelsAreThinned_data()
{
    QTest::addColumn<ChartRange>("range");
    QTest::newRow("last hour") << ChartRange::LastHour;
    QTest::newRow("24 hours") << ChartRange::Last24Hours;
    QTest::newRow("7 days") << ChartRange::Last7Days;
    QTest::newRow("30 days") << ChartRange::Last30Days;
}

void TestTrendChart::axisLabelsAreThinned()
{
    QFETCH(ChartRange, range);
    Fixture f;
    f.chart->setRange(range);
    QStringList all;
    for (int b = 0; b < f.model.bucketCount(); ++b)
        all.append(f.model.label(b));

    QList<qsizetype> counts;
    for (const int width : {480, 1000, 2400}) {
        f.chart->resize(width, 400);
        f.chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.chart.get()));
        QCoreApplication::processEvents();
        f.chart->refreshNow();
        const QStringList labels = f.chart->axisLabels();
        QVERIFY2(labels.size() >= 2, qPrintable(labels.join(u',')));
        // Only real bucket labels, in time order, each at most once.
        qsizetype previous = -1;
        for (const QString &label : labels) {
            const qsizetype at = all.indexOf(label, previous + 1);
            QVERIFY2(at > previous, qPrintable(label));
            previous = at;
        }
        // Never overlapping: all of them side by side fit in the widget's width.
        const QFontMetricsF metrics(f.chart->axisLabelFont());
        qreal total = 0;
        for (const QString &label : labels)
            total += metrics.horizontalAdvance(label);
        QVERIFY2(total < width, qPrintable(QStringLiteral("%1 px of labels in %2 px").arg(total).arg(width)));
        counts.append(labels.size());
        saveShot(f.chart->grab().toImage(),
                 QStringLiteral("axis-%1-%2")
                     .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'))
                     .arg(width));
    }
    // Wider charts show more of them (or all).
    QVERIFY(counts.at(0) < counts.at(2) || counts.at(0) == f.model.bucketCount());
    QVERIFY(counts.at(2) <= f.model.bucketCount());
}

void TestTrendChart::countAxisIsIntegral()
{
    // Values shown must never be rounded: a small count with a fractional-looking scale is the classic bug.
    Fixture f;
    QList<Transition> all;
    for (int i = 0; i < 7; ++i)
        all += endedCall(QStringLiteral("c%1").arg(i), 5, CallStatus::Completed);
    QVERIFY(f.feed(all));
    f.chart->refreshNow();
    const QList<qreal> values = f.chart->seriesValues(QStringLiteral("Completed"));
    QCOMPARE(values.constLast(), 7.0);
    for (const qreal v : values)
        QCOMPARE(v, qreal(qint64(v)));
}

void TestTrendChart::exportPng_data()
{
    QTest::addColumn<bool>("shown");
    QTest::addColumn<QSize>("size");
    QTest::newRow("shown, small window") << true << QSize(700, 420);
    QTest::newRow("shown, large window") << true << QSize(1600, 900);
    QTest::newRow("never shown") << false << QSize(640, 480);
}

void TestTrendChart::exportPng()
{
    QFETCH(bool, shown);
    QFETCH(QSize, size);
    Fixture f;
    QVERIFY(f.feedBusy(1));
    f.chart->setShowActive(true);
    f.chart->resize(size);
    if (shown) {
        f.chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.chart.get()));
    }
    f.chart->refreshNow();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QCOMPARE(f.chart->exportPng(path), QString());
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    QVERIFY(image.width() >= 1200);
    QVERIFY(image.height() >= 700);
    // Not a blank page: the chart's inks are in it (more than one colour, and the status colours).
    const QColor completed = StatusStyle::color(CallStatus::Completed, Theme::Light);
    bool sawCompleted = false;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb px = image.pixel(x, y);
            colours.insert(px);
            sawCompleted |= px == completed.rgb();
        }
    }
    QVERIFY(colours.size() > 20);
    QVERIFY(sawCompleted);
    saveShot(
        image,
        QStringLiteral("export-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
    // The widget itself is left as it was.
    QCOMPARE(f.chart->size(), size);
}

void TestTrendChart::exportCsv()
{
    Fixture f;
    QVERIFY(f.feedDay());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.csv"));
    QCOMPARE(f.chart->exportCsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    // A byte-order mark first, so spreadsheet programs read the UTF-8 (error codes are server text).
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString written = QString::fromUtf8(bytes.mid(3));
    QCOMPARE(written, f.model.toCsv());
    QVERIFY(written.count(u'\n') >= f.model.bucketCount());
}

void TestTrendChart::exportToUnwritablePath_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/chart");
    QTest::newRow("a folder") << QStringLiteral("folder");
}

void TestTrendChart::exportToUnwritablePath()
{
    QFETCH(QString, relative);
    Fixture f;
    QVERIFY(f.feedDay());
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QString path = dir.filePath(relative);
    const QString png = f.chart->exportPng(path);
    QVERIFY(!png.isEmpty());
    QVERIFY2(png.contains(QDir::toNativeSeparators(path)), qPrintable(png));
    const QString csv = f.chart->exportCsv(path);
    QVERIFY(!csv.isEmpty());
    QVERIFY2(csv.contains(QDir::toNativeSeparators(path)), qPrintable(csv));
    QVERIFY(!QFileInfo(path).isFile());
}

void TestTrendChart::compactMode()
{
    Fixture f;
    QVERIFY(f.feedBusy(1));
    f.chart->setShowActive(true);
    f.chart->resize(1000, 600);
    f.chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.chart.get()));
    QVERIFY(f.chart->controls()->isVisible());
    const QFont desktopFont = f.chart->axisLabelFont();

    f.chart->setCompact(true);
    QVERIFY(f.chart->isCompact());
    QVERIFY(!f.chart->controls()->isVisible());

    f.chart->resize(1920, 1080);
    QCoreApplication::processEvents();
    const QImage fullHd = f.chart->grab().toImage();
    const int smallPx = f.chart->axisLabelFont().pixelSize();
    QVERIFY(fullHd.width() >= 1920);
    f.chart->resize(3840, 2160);
    QCoreApplication::processEvents();
    const QImage uhd = f.chart->grab().toImage();
    const int largePx = f.chart->axisLabelFont().pixelSize();
    qInfo("compact axis label font: %d px at 1080 p, %d px at 2160 p", smallPx, largePx);
    QVERIFY(smallPx >= 20);
    QVERIFY(largePx >= 2 * smallPx - 1);
    QVERIFY(QFontMetricsF(f.chart->axisLabelFont()).height() > QFontMetricsF(desktopFont).height() * 2);
    saveShot(fullHd, QStringLiteral("compact-1080p"));
    saveShot(uhd, QStringLiteral("compact-2160p"));

    f.chart->setCompact(false);
    f.chart->resize(1000, 600);
    f.chart->show();
    QVERIFY(f.chart->controls()->isVisible());
    QCOMPARE(QFontMetricsF(f.chart->axisLabelFont()).height(), QFontMetricsF(desktopFont).height());
}

void TestTrendChart::followsPalette()
{
    Fixture f;
    QVERIFY(f.feedBusy(1));
    f.chart->setSplitFailedByCode(true);
    f.chart->setShowActive(true);
    f.chart->resize(1100, 560);
    f.chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.chart.get()));

    struct Case
    {
        const char *name;
        QPalette palette;
        Theme theme;
    };
    const Case cases[] = {{"light", lightPalette(), Theme::Light}, {"dark", darkPalette(), Theme::Dark}};
    for (const Case &c : cases) {
        QApplication::setPalette(c.palette);
        QCoreApplication::processEvents();
        for (const TrendChart::Style style : {TrendChart::Style::StackedBars, TrendChart::Style::Lines}) {
            f.chart->setStyle(style);
            f.chart->refreshNow();
            QCoreApplication::processEvents();
            QCOMPARE(f.chart->seriesColor(QStringLiteral("Completed")),
                     StatusStyle::color(CallStatus::Completed, c.theme));
            QCOMPARE(f.chart->seriesColor(QStringLiteral("Active calls")),
                     StatusStyle::color(CallStatus::Ongoing, c.theme));
            const QImage shot = f.chart->grab().toImage();
            // The chart's background is the palette's: dark on dark, light on light.
            const qreal bg = lightness(shot, QPoint(shot.width() / 2, shot.height() - 3));
            QVERIFY2(c.theme == Theme::Dark ? bg < 0.25 : bg > 0.85, qPrintable(QString::number(bg)));
            saveShot(shot,
                     QStringLiteral("%1-%2").arg(QLatin1String(c.name), style == TrendChart::Style::Lines
                                                                            ? QStringLiteral("lines")
                                                                            : QStringLiteral("bars")));
        }
    }
    // Empty state, for the eye.
    Fixture empty;
    empty.chart->resize(900, 480);
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    QVERIFY(empty.chart->showsEmptyState());
    saveShot(empty.chart->grab().toImage(), QStringLiteral("dark-empty"));
    QApplication::setPalette(lightPalette());
    QCoreApplication::processEvents();
    saveShot(empty.chart->grab().toImage(), QStringLiteral("light-empty"));
}

void TestTrendChart::refillCost()
{
    // A busy week, split by code, with the active line: how long one full refill and one live refill take.
    Fixture f;
    f.chart->setRange(ChartRange::Last7Days);
    QList<Transition> all;
    const QStringList codes = {QStringLiteral("BUSY"),
                               QStringLiteral("NO_ANSWER"),
                               QStringLiteral("INVALID_NUMBER"),
                               QStringLiteral("NETWORK_ERROR"),
                               QStringLiteral("X1"),
                               QStringLiteral("X2"),
                               QStringLiteral("X3")};
    for (int i = 0; i < 20000; ++i) {
        const CallStatus status = i % 4 == 0 ? CallStatus::Failed : CallStatus::Completed;
        all += endedCall(QStringLiteral("w%1").arg(i), 1 + (i * 37) % (7 * 24 * 60 - 10), status,
                         status == CallStatus::Failed ? codes.at(i % codes.size()) : QString());
    }
    QVERIFY(f.feed(all));
    f.chart->setSplitFailedByCode(true);
    f.chart->setShowActive(true);
    f.chart->resize(1200, 600);
    f.chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.chart.get()));
    f.chart->refreshNow();

    QElapsedTimer timer;
    timer.start();
    const int rounds = 20;
    for (int i = 0; i < rounds; ++i) {
        f.model.addTransitions(endedCall(QStringLiteral("live_%1").arg(i), 1, CallStatus::Completed));
        f.chart->refreshNow();
    }
    const double liveMs = double(timer.nsecsElapsed()) / 1e6 / rounds;
    timer.restart();
    for (int i = 0; i < rounds; ++i) {
        f.chart->setStyle(i % 2 ? TrendChart::Style::StackedBars
                                : TrendChart::Style::Lines); // rebuild + refill
    }
    const double rebuildMs = double(timer.nsecsElapsed()) / 1e6 / rounds;
    qInfo("7 days, %d buckets, %lld series: live refill %.2f ms, rebuild + refill %.2f ms",
          f.model.bucketCount(), qlonglong(f.chart->seriesNames().size()), liveMs, rebuildMs);
    QCOMPARE(f.chart->seriesValues(QStringLiteral("Completed")), modelValues(f.model, CallStatus::Completed));
}

void TestTrendChart::loadingStateWhileTheModelLoads()
{
    // A model that reads its history in the background: "Loading history…" over the chart until the
    // counts are there, then the counts (and no empty or loading text).
    ManualClock clock;
    clock.set(QDateTime(QDate(2026, 5, 4), QTime(14, 37), QTimeZone::utc()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store(clock);
    QVERIFY(store.open(dir.path()));
    HistoryStore::WriteBatch batch;
    for (int i = 0; i < 200; ++i) {
        HistoryStore::Transition t;
        t.callId = QStringLiteral("c%1").arg(i);
        t.at = clock.now().addSecs(-60 * i);
        t.source = HistoryStore::SourcePoll;
        t.status = CallStatus::Completed;
        batch.transitions.append(t);
    }
    QVERIFY(store.write(batch));
    TrendModel model(clock);
    model.setBackgroundLoading(true);
    TrendChart chart(&model);
    chart.resize(800, 400);
    chart.show();
    model.setStore(&store);
    QVERIFY(model.isLoading());
    chart.refreshNow();
    QVERIFY(chart.showsLoadingState());
    QTRY_VERIFY(!model.isLoading());
    chart.refreshNow();
    QVERIFY(!chart.showsLoadingState());
    QVERIFY(!chart.showsEmptyState());
    qreal completed = 0;
    for (const qreal v : chart.seriesValues(StatusStyle::label(CallStatus::Completed)))
        completed += v;
    QCOMPARE(completed, qreal(model.total(CallStatus::Completed)));
    QVERIFY(completed > 0);

    // The live refresh of a 30-day view: a figure, not an assertion.
    chart.setRange(ChartRange::Last30Days);
    QTRY_VERIFY(!model.isLoading());
    chart.refreshNow();
    HistoryStore::Transition live;
    live.callId = QStringLiteral("live");
    live.at = clock.now();
    live.status = CallStatus::Failed;
    live.error = QStringLiteral("BUSY");
    QElapsedTimer timer;
    timer.start();
    model.addTransitions({live});
    chart.refreshNow();
    qInfo("30-day view: live transition and chart refresh in %.2f ms", double(timer.nsecsElapsed()) / 1e6);
    QCOMPARE(chart.seriesValues(StatusStyle::label(CallStatus::Failed)).constLast(), 1.0);
}

QTEST_MAIN(TestTrendChart)
#include "tst_trendchart.moc"

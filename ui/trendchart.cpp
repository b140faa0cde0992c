#include "trendchart.h"

#include "i18n.h"
#include "statusstyle.h"
#include "trendmodel.h"

#include <QBarSet>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QImage>
#include <QImageWriter>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QSet>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace cw {

namespace {

constexpr int kTopCodes = 5;             // failure codes with their own series when split
constexpr int kRedrawIntervalMs = 250;   // at most ~4 redraws a second
constexpr int kReplaceLimit = 6;         // bar values replaced one by one up to this many changes
constexpr int kExportMinWidth = 1200;    // PNG export size floor
constexpr int kExportMinHeight = 700;    //
constexpr qreal kBarWidth = 0.78;        // fraction of a bucket a bar fills
constexpr int kMaxIntervals = 5;         // count axis: at most this many intervals between ticks
constexpr qreal kLabelSeparatorEm = 1.2; // gap between two axis labels, in line heights
const QChar kEnDash(0x2013);
const QChar kZeroWidthSpace(0x200b);
const QChar kEmSpace(0x2003);

// One series of the chart: what it counts and the name it shows in the legend.
struct SeriesSpec
{
    enum class Kind : quint8
    {
        Status,     // count(bucket, status): Completed, Missed, Failed
        Code,       // failedWithCode(bucket, code)
        OtherCodes, // the failures not in a Code series
        Active,     // active(bucket), on the right axis
    };
    Kind kind = Kind::Status;
    CallStatus status = CallStatus::Unknown;
    QString code;
    QString name;
    friend bool operator==(const SeriesSpec &, const SeriesSpec &) = default;
};

QString codeName(const QString &code)
{
    return code.isEmpty() ? TrendChart::tr("No code", "failures without an error code") : code;
}

// Distinct shades for the failure codes: the "failed" vermillion first (the commonest code looks like
// the unsplit bar), then hues turning away from the amber of "missed" towards crimson and plum, with
// alternating lightness so neighbours in the stack stay apart. Light variants are deep enough for white,
// dark variants light enough for near-black.
QColor codeColor(int index, Theme theme)
{
    static const char *const light[kTopCodes] = {"#c24e00", "#9e1b32", "#d4517f", "#6f3a8c", "#e3866a"};
    static const char *const dark[kTopCodes] = {"#ff8a4c", "#ff5d6e", "#ff9ccb", "#c8a0ea", "#ffc2a8"};
    if (index < 0 || index >= kTopCodes)
        return theme == Theme::Dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x8c, 0x95, 0x9f);
    return QColor(QLatin1String(theme == Theme::Dark ? dark[index] : light[index]));
}

QColor mix(const QColor &a, const QColor &b, qreal weightOfA)
{
    const qreal w = std::clamp(weightOfA, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * w + b.redF() * (1 - w)),
                            float(a.greenF() * w + b.greenF() * (1 - w)),
                            float(a.blueF() * w + b.blueF() * (1 - w)));
}

QColor withAlpha(QColor colour, qreal alpha)
{
    colour.setAlphaF(float(alpha));
    return colour;
}

// A count axis from 0 with integer ticks: the smallest 1/2/5 x 10^k step that covers `value` in at most
// `maxIntervals` intervals (or exactly `intervals`, when given, so two axes share their grid lines).
struct Scale
{
    qint64 max = 4;
    int intervals = 4;
};

Scale niceScale(qint64 value, int maxIntervals, int intervals = 0)
{
    value = std::max<qint64>(value, intervals > 0 ? intervals : 4);
    for (qint64 magnitude = 1;; magnitude *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            const qint64 step = factor * magnitude;
            const qint64 needed = (value + step - 1) / step;
            if (intervals > 0 && needed <= intervals)
                return {step * intervals, intervals};
            if (intervals <= 0 && needed <= maxIntervals)
                return {step * needed, int(needed)};
        }
    }
}

// Wall-clock minutes since 1970 of an instant in `zone`.
qint64 localMinutes(const QDateTime &utc, const QTimeZone &zone)
{
    return (utc.toMSecsSinceEpoch() / 1000 + zone.offsetFromUtc(utc)) / 60;
}

qint64 bucketMinutes(ChartRange range)
{
    switch (range) {
    case ChartRange::LastHour:
        return 1;
    case ChartRange::Last24Hours:
        return 15;
    case ChartRange::Last7Days:
        return 60;
    case ChartRange::Last30Days:
        break;
    }
    return 24 * 60;
}

} // namespace

// ------------------------------------------------------------------------------------------------------
// The Qt Charts side: the chart, its axes and series, hover tooltips and the hover band. TrendChart
// decides what is shown; this class holds the chart objects.
class TrendChartView : public QChartView
{
public:
    explicit TrendChartView(QWidget *parent)
        : QChartView(new QChart, parent)
        , timeAxis(new QCategoryAxis)
        , countAxis(new QValueAxis)
        , activeAxis(new QValueAxis)
        , emptyItem(new QGraphicsSimpleTextItem(chart()))
    {
        QChart *c = chart();
        c->setAnimationOptions(QChart::NoAnimation);
        c->setBackgroundVisible(false); // the view paints the background (and the hover band on it)
        c->setPlotAreaBackgroundVisible(false);
        c->setBackgroundRoundness(0);
        c->setMargins(QMargins(2, 6, 2, 0));
        c->setLocalizeNumbers(true);
        c->legend()->setAlignment(Qt::AlignBottom);
        c->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
        c->legend()->setBackgroundVisible(false);

        timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        timeAxis->setGridLineVisible(false);
        timeAxis->setMinorGridLineVisible(false);
        timeAxis->setStartValue(-0.5);
        timeAxis->setRange(-0.5, 0.5);
        countAxis->setLabelFormat(QStringLiteral("%.0f"));
        countAxis->setMinorTickCount(0);
        countAxis->setRange(0, 4);
        countAxis->setTickCount(5);
        activeAxis->setLabelFormat(QStringLiteral("%.0f"));
        activeAxis->setGridLineVisible(false);
        activeAxis->setMinorTickCount(0);
        activeAxis->setRange(0, 4);
        activeAxis->setTickCount(5);
        activeAxis->setVisible(false);
        c->addAxis(timeAxis, Qt::AlignBottom);
        c->addAxis(countAxis, Qt::AlignLeft);
        c->addAxis(activeAxis, Qt::AlignRight);

        emptyItem->setZValue(1000);
        emptyItem->setVisible(false);

        setRenderHint(QPainter::Antialiasing);
        setRenderHint(QPainter::TextAntialiasing);
        setFrameShape(QFrame::NoFrame);
        setMouseTracking(true);
        viewport()->setMouseTracking(true);
        setMinimumSize(320, 200);
    }

    // The series that maps values to positions (any series on the time and count axes), or null.
    QAbstractSeries *anchorSeries() const
    {
        if (bars)
            return bars;
        return lines.isEmpty() ? nullptr : lines.constFirst();
    }

    // Index of the bucket under a viewport position, or -1 when outside the plot area.
    int bucketAt(const QPoint &viewportPos) const
    {
        QAbstractSeries *series = anchorSeries();
        if (!series || bucketCount <= 0)
            return -1;
        const QPointF inChart = chart()->mapFromScene(mapToScene(viewportPos));
        if (!chart()->plotArea().contains(inChart))
            return -1;
        const int bucket = qRound(chart()->mapToValue(inChart, series).x());
        return bucket >= 0 && bucket < bucketCount ? bucket : -1;
    }

    void setHoverBucket(int bucket)
    {
        if (bucket == hoverBucket)
            return;
        hoverBucket = bucket;
        viewport()->update();
    }

    void placeEmptyText()
    {
        const QRectF plot = chart()->plotArea();
        const QRectF text = emptyItem->boundingRect();
        emptyItem->setPos(plot.center() - QPointF(text.width() / 2, text.height() / 2));
    }

    QCategoryAxis *timeAxis;
    QValueAxis *countAxis;
    QValueAxis *activeAxis;
    QGraphicsSimpleTextItem *emptyItem;

    // The series shown now; built for `specs` and `builtStyle`.
    QList<SeriesSpec> specs;
    TrendChart::Style builtStyle = TrendChart::Style::StackedBars;
    bool built = false;
    QStackedBarSeries *bars = nullptr; // StackedBars: one set per non-active spec, in spec order
    QList<QBarSet *> sets;
    QList<QLineSeries *> lines; // Lines: one series per non-active spec, in spec order
    QLineSeries *activeLine = nullptr;
    QLineSeries *activeCasing = nullptr; // under activeLine: a halo in the background colour, no legend entry

    // The time axis labels shown now: bucket indices and their texts.
    QList<int> labelIndices;
    QStringList labelTexts;
    qreal labelledWidth = -1;

    int bucketCount = 0;
    int hoverBucket = -1;
    bool exporting = false; // laid out off screen for exportPng(): its geometry is real
    QColor hoverColor;
    std::function<QString(int)> toolTipFor;

protected:
    void mouseMoveEvent(QMouseEvent *event) override
    {
        QChartView::mouseMoveEvent(event);
        const int bucket = bucketAt(event->position().toPoint());
        if (bucket == hoverBucket)
            return;
        setHoverBucket(bucket);
        const QString text = bucket >= 0 && toolTipFor ? toolTipFor(bucket) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, viewport());
    }

    void leaveEvent(QEvent *event) override
    {
        setHoverBucket(-1);
        QToolTip::hideText();
        QChartView::leaveEvent(event);
    }

    void drawBackground(QPainter *painter, const QRectF &rect) override
    {
        QChartView::drawBackground(painter, rect);
        QAbstractSeries *series = anchorSeries();
        if (hoverBucket < 0 || !series)
            return;
        // A faint column behind the hovered bucket, so the tooltip's bucket is plain to see.
        const QRectF plot = chart()->plotArea();
        const qreal left = chart()->mapToPosition(QPointF(hoverBucket - 0.5, 0), series).x();
        const qreal right = chart()->mapToPosition(QPointF(hoverBucket + 0.5, 0), series).x();
        const QRectF band(QPointF(std::max(left, plot.left()), plot.top()),
                          QPointF(std::min(right, plot.right()), plot.bottom()));
        painter->fillRect(chart()->mapRectToScene(band), hoverColor);
    }
};

// ------------------------------------------------------------------------------------------------------

namespace {

QList<SeriesSpec> specsFor(const TrendModel *model, bool split, bool showActive)
{
    QList<SeriesSpec> specs;
    specs.append(
        {SeriesSpec::Kind::Status, CallStatus::Completed, {}, StatusStyle::label(CallStatus::Completed)});
    specs.append({SeriesSpec::Kind::Status, CallStatus::Missed, {}, StatusStyle::label(CallStatus::Missed)});
    const QStringList codes = split && model ? model->errorCodes() : QStringList();
    if (codes.isEmpty()) {
        // Unsplit, or split with no failure in the range: one "Failed" series keeps the legend complete.
        specs.append(
            {SeriesSpec::Kind::Status, CallStatus::Failed, {}, StatusStyle::label(CallStatus::Failed)});
    } else {
        for (const QString &code : codes.mid(0, kTopCodes))
            specs.append({SeriesSpec::Kind::Code, CallStatus::Failed, code, codeName(code)});
        if (codes.size() > kTopCodes)
            specs.append({SeriesSpec::Kind::OtherCodes,
                          CallStatus::Failed,
                          {},
                          TrendChart::tr("Other codes", "failures with a less frequent error code")});
    }
    if (showActive)
        specs.append({SeriesSpec::Kind::Active, CallStatus::Ongoing, {}, TrendChart::tr("Active calls")});
    return specs;
}

QList<qreal> valuesFor(const TrendModel *model, const SeriesSpec &spec, const QList<SeriesSpec> &all)
{
    const int n = model ? model->bucketCount() : 0;
    QList<qreal> values;
    values.reserve(n);
    for (int b = 0; b < n; ++b) {
        qint64 v = 0;
        switch (spec.kind) {
        case SeriesSpec::Kind::Status:
            v = model->count(b, spec.status);
            break;
        case SeriesSpec::Kind::Code:
            v = model->failedWithCode(b, spec.code);
            break;
        case SeriesSpec::Kind::OtherCodes:
            v = model->count(b, CallStatus::Failed);
            for (const SeriesSpec &other : all) {
                if (other.kind == SeriesSpec::Kind::Code)
                    v -= model->failedWithCode(b, other.code);
            }
            v = std::max<qint64>(v, 0);
            break;
        case SeriesSpec::Kind::Active:
            v = model->active(b);
            break;
        }
        values.append(qreal(v));
    }
    return values;
}

// One bulk change per set. When the bucket count is unchanged and only a few values moved (the usual
// live tick: the newest bucket or two), those are replaced in place: a replace only re-lays the bars out.
// Otherwise (a roll, a reload, a new range) the set is emptied and refilled with one append(QList), two
// signals in all, instead of one replace per bucket.
void updateBarSet(QBarSet *set, const QList<qreal> &values)
{
    const int n = int(values.size());
    if (set->count() == n) {
        int changed = 0;
        for (int i = 0; i < n; ++i) {
            if (set->at(i) != values.at(i))
                ++changed;
        }
        if (changed == 0)
            return;
        if (changed <= kReplaceLimit) {
            for (int i = 0; i < n; ++i) {
                if (set->at(i) != values.at(i))
                    set->replace(i, values.at(i));
            }
            return;
        }
    }
    if (set->count() > 0)
        set->remove(0, set->count());
    set->append(values);
}

QList<QPointF> pointsOf(const QList<qreal> &values)
{
    QList<QPointF> points;
    points.reserve(values.size());
    for (int i = 0; i < values.size(); ++i)
        points.append(QPointF(i, values.at(i)));
    return points;
}

} // namespace

// ------------------------------------------------------------------------------------------------------

TrendChart::TrendChart(TrendModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new TrendChartView(this))
    , m_throttle(new QTimer(this))
{
    m_view->toolTipFor = [this](int bucket) -> QString {
        return toolTipText(bucket);
    };
    buildControls();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_controls);
    layout->addWidget(m_view, 1);

    m_throttle->setSingleShot(true);
    m_throttle->setInterval(kRedrawIntervalMs);
    connect(m_throttle, &QTimer::timeout, this, [this] {
        if (!m_refillPending)
            return;
        m_refillPending = false;
        refill();
        m_throttle->start(); // the next change waits out another interval
    });

    connect(m_view->chart(), &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        m_view->placeEmptyText();
        if (std::abs(plot.width() - m_view->labelledWidth) >= 1)
            updateTimeAxis();
    });

    if (m_model) {
        connect(m_model, &TrendModel::updated, this, &TrendChart::requestRefill);
        connect(m_model, &TrendModel::loadingChanged, this, &TrendChart::requestRefill);
        connect(m_model, &TrendModel::bucketsChanged, this, [this] {
            syncControls(); // the range may have been changed on the model directly
            requestRefill();
        });
    }

    applyFonts();
    refill();
    applyTheme();
    syncControls();
}

TrendChart::~TrendChart() = default;

void TrendChart::buildControls()
{
    m_controls = new QWidget(this);
    auto *row = new QHBoxLayout(m_controls);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);

    m_rangeBox = new QComboBox(m_controls);
    m_rangeBox->addItem(tr("Last hour"), int(ChartRange::LastHour));
    m_rangeBox->addItem(tr("Last 24 hours"), int(ChartRange::Last24Hours));
    m_rangeBox->addItem(tr("Last 7 days"), int(ChartRange::Last7Days));
    m_rangeBox->addItem(tr("Last 30 days"), int(ChartRange::Last30Days));
    m_rangeBox->setAccessibleName(tr("Chart range"));
    m_rangeBox->setToolTip(tr("The period the chart shows"));
    connect(m_rangeBox, &QComboBox::activated, this,
            [this](int index) { setRange(ChartRange(m_rangeBox->itemData(index).toInt())); });
    row->addWidget(m_rangeBox);

    // "Bars | Lines": two exclusive buttons side by side.
    auto *styleGroup = new QButtonGroup(m_controls);
    m_barsButton = new QToolButton(m_controls);
    m_barsButton->setText(tr("Bars"));
    m_barsButton->setToolTip(tr("Stacked bars per period"));
    m_linesButton = new QToolButton(m_controls);
    m_linesButton->setText(tr("Lines"));
    m_linesButton->setToolTip(tr("One line per outcome"));
    for (QToolButton *button : {m_barsButton, m_linesButton}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        styleGroup->addButton(button);
    }
    styleGroup->setExclusive(true);
    connect(m_barsButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setStyle(Style::StackedBars);
    });
    connect(m_linesButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setStyle(Style::Lines);
    });
    auto *styleBox = new QHBoxLayout;
    styleBox->setSpacing(0);
    styleBox->addWidget(m_barsButton);
    styleBox->addWidget(m_linesButton);
    row->addLayout(styleBox);

    m_splitBox = new QCheckBox(tr("Split failures by error code"), m_controls);
    m_splitBox->setToolTip(tr("Show the %n most frequent error codes separately", nullptr, kTopCodes));
    connect(m_splitBox, &QCheckBox::toggled, this, &TrendChart::setSplitFailedByCode);
    row->addWidget(m_splitBox);

    m_activeBox = new QCheckBox(tr("Active calls"), m_controls);
    m_activeBox->setToolTip(tr("Calls scheduled or in progress at the end of each period (right axis)"));
    connect(m_activeBox, &QCheckBox::toggled, this, &TrendChart::setShowActive);
    row->addWidget(m_activeBox);

    row->addStretch(1);

    m_exportButton = new QToolButton(m_controls);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_exportButton);
    menu->addAction(tr("PNG…"), this, &TrendChart::promptExportPng);
    menu->addAction(tr("CSV…"), this, &TrendChart::promptExportCsv);
    m_exportButton->setMenu(menu);
    row->addWidget(m_exportButton);
}

void TrendChart::syncControls()
{
    const QSignalBlocker blockRange(m_rangeBox);
    const QSignalBlocker blockBars(m_barsButton);
    const QSignalBlocker blockLines(m_linesButton);
    const QSignalBlocker blockSplit(m_splitBox);
    const QSignalBlocker blockActive(m_activeBox);
    if (m_model) {
        const int index = m_rangeBox->findData(int(m_model->range()));
        if (index >= 0)
            m_rangeBox->setCurrentIndex(index);
    }
    m_barsButton->setChecked(m_style == Style::StackedBars);
    m_linesButton->setChecked(m_style == Style::Lines);
    m_splitBox->setChecked(m_split);
    m_activeBox->setChecked(m_showActive);
}

void TrendChart::setStyle(Style style)
{
    if (style == m_style)
        return;
    m_style = style;
    syncControls();
    refill();
    Q_EMIT styleChanged(style);
}

void TrendChart::setSplitFailedByCode(bool split)
{
    if (split == m_split)
        return;
    m_split = split;
    syncControls();
    refill();
}

void TrendChart::setShowActive(bool show)
{
    if (show == m_showActive)
        return;
    m_showActive = show;
    syncControls();
    refill();
}

void TrendChart::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_controls->setVisible(!compact);
    applyFonts();
    applyTheme();
}

void TrendChart::setRange(ChartRange range)
{
    if (!m_model)
        return;
    const bool changed = m_model->range() != range;
    if (changed)
        m_model->setRange(range); // reloads; bucketsChanged() refills
    syncControls();
    if (changed)
        Q_EMIT rangeChanged(range);
}

void TrendChart::refreshNow()
{
    m_refillPending = false;
    refill();
}

void TrendChart::requestRefill()
{
    if (m_throttle->isActive()) {
        m_refillPending = true; // merged into the redraw at the end of the interval
        return;
    }
    refill();
    m_throttle->start();
}

void TrendChart::rebuildSeries()
{
    QChart *chart = m_view->chart();
    // Only here are series objects deleted and created: when the set of series changes.
    if (m_view->bars) {
        chart->removeSeries(m_view->bars);
        delete m_view->bars;
        m_view->bars = nullptr;
    }
    for (QLineSeries *line : std::as_const(m_view->lines)) {
        chart->removeSeries(line);
        delete line;
    }
    for (QLineSeries **line : {&m_view->activeCasing, &m_view->activeLine}) {
        if (*line) {
            chart->removeSeries(*line);
            delete *line;
            *line = nullptr;
        }
    }
    m_view->sets.clear();
    m_view->lines.clear();

    const QList<SeriesSpec> specs = specsFor(m_model, m_split, m_showActive);
    if (m_style == Style::StackedBars) {
        m_view->bars = new QStackedBarSeries;
        m_view->bars->setBarWidth(kBarWidth);
        for (const SeriesSpec &spec : specs) {
            if (spec.kind == SeriesSpec::Kind::Active)
                continue;
            auto *set = new QBarSet(spec.name);
            m_view->bars->append(set);
            m_view->sets.append(set);
        }
        chart->addSeries(m_view->bars);
        m_view->bars->attachAxis(m_view->timeAxis);
        m_view->bars->attachAxis(m_view->countAxis);
    } else {
        for (const SeriesSpec &spec : specs) {
            if (spec.kind == SeriesSpec::Kind::Active)
                continue;
            auto *line = new QLineSeries;
            line->setName(spec.name);
            chart->addSeries(line);
            line->attachAxis(m_view->timeAxis);
            line->attachAxis(m_view->countAxis);
            m_view->lines.append(line);
        }
    }
    if (m_showActive) {
        // The active line crosses bars and other lines; a casing in the background colour keeps it legible.
        m_view->activeCasing = new QLineSeries;
        chart->addSeries(m_view->activeCasing);
        m_view->activeCasing->attachAxis(m_view->timeAxis);
        m_view->activeCasing->attachAxis(m_view->activeAxis);
        const QList<QLegendMarker *> casingMarkers = chart->legend()->markers(m_view->activeCasing);
        for (QLegendMarker *marker : casingMarkers)
            marker->setVisible(false);
        m_view->activeLine = new QLineSeries;
        m_view->activeLine->setName(specs.constLast().name);
        chart->addSeries(m_view->activeLine);
        m_view->activeLine->attachAxis(m_view->timeAxis);
        m_view->activeLine->attachAxis(m_view->activeAxis);
    }
    m_view->activeAxis->setVisible(m_showActive);

    m_view->specs = specs;
    m_view->builtStyle = m_style;
    m_view->built = true;
    ++m_seriesBuilds;
    applyTheme();
}

void TrendChart::refill()
{
    const QList<SeriesSpec> specs = specsFor(m_model, m_split, m_showActive);
    if (!m_view->built || specs != m_view->specs || m_style != m_view->builtStyle)
        rebuildSeries();

    const int n = m_model ? m_model->bucketCount() : 0;
    m_view->bucketCount = n;
    if (m_view->hoverBucket >= n)
        m_view->setHoverBucket(-1);
    updateTimeAxis();

    qreal maxShown = 0;  // the tallest value on the count axis
    qreal maxActive = 0; // ... and on the active axis
    int setIndex = 0;
    for (const SeriesSpec &spec : specs) {
        const QList<qreal> values = valuesFor(m_model, spec, specs);
        const qreal top = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
        if (spec.kind == SeriesSpec::Kind::Active) {
            maxActive = top;
            const QList<QPointF> points = pointsOf(values);
            m_view->activeCasing->replace(points);
            m_view->activeLine->replace(points);
            continue;
        }
        maxShown = std::max(maxShown, top);
        if (m_view->bars)
            updateBarSet(m_view->sets.at(setIndex), values);
        else
            m_view->lines.at(setIndex)->replace(pointsOf(values));
        ++setIndex;
    }
    if (m_view->bars && m_model)
        maxShown = qreal(m_model->maxStackedTotal());

    // Compact (wallboard) labels are large: fewer count ticks on a short chart, so none is elided.
    int maxIntervals = kMaxIntervals;
    if (m_compact) {
        const qreal labelPx = std::max(1, axisLabelFont().pixelSize());
        maxIntervals = std::clamp(int(height() * 0.5 / (labelPx * 1.8)), 1, kMaxIntervals);
    }
    const Scale counts = niceScale(qint64(std::ceil(maxShown)), maxIntervals);
    m_view->countAxis->setRange(0, qreal(counts.max));
    m_view->countAxis->setTickCount(counts.intervals + 1);
    if (m_showActive) {
        // Same number of intervals as the count axis, so both share the horizontal grid lines.
        const Scale active = niceScale(qint64(std::ceil(maxActive)), maxIntervals, counts.intervals);
        m_view->activeAxis->setRange(0, qreal(active.max));
        m_view->activeAxis->setTickCount(active.intervals + 1);
    }

    // The empty state: nothing ended in the range (active calls alone do not make a chart).
    const bool nothingEnded = !m_model || m_model->total(CallStatus::Completed) +
                                                  m_model->total(CallStatus::Missed) +
                                                  m_model->total(CallStatus::Failed) ==
                                              0;
    // While the model reads its history in the background, the chart says so instead.
    const bool loading = m_model && m_model->isLoading();
    const QString emptyText = loading ? tr("Loading history…") : tr("No calls ended in this period");
    if (m_view->emptyItem->text() != emptyText) {
        m_view->emptyItem->setText(emptyText);
        m_view->placeEmptyText();
    }
    m_view->emptyItem->setVisible(nothingEnded || loading);
    ++m_refills;
}

bool TrendChart::showsLoadingState() const
{
    return m_view->emptyItem->isVisible() && m_model && m_model->isLoading();
}

bool TrendChart::showsEmptyState() const
{
    return m_view->emptyItem->isVisible();
}

void TrendChart::updateTimeAxis()
{
    QCategoryAxis *axis = m_view->timeAxis;
    const int n = m_model ? m_model->bucketCount() : 0;
    if (axis->min() != -0.5 || axis->max() != std::max(n, 1) - 0.5)
        axis->setRange(-0.5, std::max(n, 1) - 0.5);

    // Which labels fit: every k-th bucket, k as small as possible while two labels stay a gap apart.
    QChart *chart = m_view->chart();
    QRectF plot = chart->plotArea();
    qreal chartWidth = chart->size().width();
    if ((!m_view->isVisible() && !m_view->exporting) || plot.width() < 10) {
        // Not on screen (a hidden chart is not laid out): a fair guess, corrected on plotAreaChanged.
        chartWidth = std::max({m_view->isVisible() ? m_view->width() : 0, width(), m_view->minimumWidth()});
        plot = QRectF(60, 0, chartWidth - 80, 100);
    }
    m_view->labelledWidth = chart->plotArea().width();

    QList<int> indices;
    QStringList texts;
    if (n > 0) {
        const QFontMetricsF metrics(axis->labelsFont());
        QStringList all;
        all.reserve(n);
        qreal widest = 0;
        for (int i = 0; i < n; ++i) {
            all.append(m_model->label(i));
            widest = std::max(widest, metrics.horizontalAdvance(all.constLast()));
        }
        const qreal pitch = plot.width() / n; // pixels per bucket
        const qreal spacing = widest + kLabelSeparatorEm * metrics.height();
        const qint64 minK = std::max<qint64>(1, qint64(std::ceil(spacing / pitch)));

        QList<int> candidates;
        const ChartRange range = m_model->range();
        if (range == ChartRange::Last30Days) {
            // Days, counted back from today so today always has its label.
            for (const qint64 days : {1, 2, 3, 5, 7, 10, 15, 30}) {
                if (days >= minK) {
                    for (int i = n - 1; i >= 0; i -= int(days))
                        candidates.prepend(i);
                    break;
                }
            }
        } else {
            // Round wall-clock times: every 5 minutes, every 2 hours, every midnight...
            const qint64 step = bucketMinutes(range);
            const QTimeZone zone = m_model->timeZone();
            for (const qint64 minutes :
                 {1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 4320, 10080}) {
                if (minutes % step != 0 || minutes / step < minK)
                    continue;
                for (int i = 0; i < n; ++i) {
                    if (localMinutes(m_model->buckets().at(i).start, zone) % minutes == 0)
                        candidates.append(i);
                }
                break;
            }
        }
        if (candidates.isEmpty()) { // no round time in view (odd zone offsets): every k-th from the newest
            for (qint64 i = n - 1; i >= 0; i -= minK)
                candidates.prepend(int(i));
        }
        // Keep a label only when it clears the previous one and stays inside the chart.
        qreal lastRight = -1e9;
        for (const int i : std::as_const(candidates)) {
            const qreal centre = plot.left() + (i + 0.5) * pitch;
            const qreal half = metrics.horizontalAdvance(all.at(i)) / 2;
            if (centre - half < lastRight + kLabelSeparatorEm * metrics.height() / 2 || centre - half < 0 ||
                centre + half > chartWidth)
                continue;
            indices.append(i);
            texts.append(all.at(i));
            lastRight = centre + half;
        }
    }
    if (indices == m_view->labelIndices && texts == m_view->labelTexts)
        return;
    m_view->labelIndices = indices;
    m_view->labelTexts = texts;

    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    axis->setStartValue(-0.5);
    // Category labels must be unique; a repeated wall-clock time (DST fall-back) gets an invisible suffix.
    QSet<QString> used;
    for (int j = 0; j < indices.size(); ++j) {
        QString unique = texts.at(j);
        while (used.contains(unique))
            unique += kZeroWidthSpace;
        used.insert(unique);
        axis->append(unique, indices.at(j));
    }
}

void TrendChart::applyTheme()
{
    const QPalette pal = palette();
    const Theme theme = StatusStyle::themeFor(pal.color(QPalette::Window));
    const QColor background = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = m_compact ? text : mix(text, background, 0.72);
    const qreal lineScale = m_compact ? std::max(1.0, window()->height() / 540.0) : 1.0;

    m_view->setBackgroundBrush(background);
    m_view->hoverColor = withAlpha(text, theme == Theme::Dark ? 0.10 : 0.06);
    QChart *chart = m_view->chart();
    chart->legend()->setLabelColor(text);

    const QColor gridColour = withAlpha(text, m_compact ? 0.16 : 0.12);
    const QColor axisLine = withAlpha(text, m_compact ? 0.6 : 0.35);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_view->timeAxis), static_cast<QAbstractAxis *>(m_view->countAxis),
          static_cast<QAbstractAxis *>(m_view->activeAxis)}) {
        axis->setLabelsColor(muted);
        axis->setGridLinePen(QPen(gridColour, lineScale));
        axis->setLinePen(QPen(axisLine, lineScale));
        axis->setShadesVisible(false);
    }
    m_view->countAxis->setLineVisible(false); // the grid lines say enough; keeps the plot light
    m_view->activeAxis->setLineVisible(false);
    const QColor activeColour = StatusStyle::color(CallStatus::Ongoing, theme);
    m_view->activeAxis->setLabelsColor(activeColour); // the right axis wears the colour of its line

    auto colourOf = [&](const SeriesSpec &spec, int codeIndex) -> QColor {
        switch (spec.kind) {
        case SeriesSpec::Kind::Status:
            return StatusStyle::color(spec.status, theme);
        case SeriesSpec::Kind::Code:
            return codeColor(codeIndex, theme);
        case SeriesSpec::Kind::OtherCodes:
            return codeColor(-1, theme);
        case SeriesSpec::Kind::Active:
            break;
        }
        return activeColour;
    };

    const qreal lineWidth = (m_compact ? 3.0 : 2.0) * lineScale;
    // Dense bars get no outline (it would eat them); wider ones a hairline in the background colour
    // that separates the stacked segments.
    const bool outline = m_model && m_model->bucketCount() <= 100;
    int setIndex = 0;
    int codeIndex = 0;
    for (const SeriesSpec &spec : std::as_const(m_view->specs)) {
        const QColor colour = colourOf(spec, spec.kind == SeriesSpec::Kind::Code ? codeIndex++ : 0);
        if (spec.kind == SeriesSpec::Kind::Active) {
            if (m_view->activeLine) {
                QPen pen(colour, lineWidth, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
                pen.setDashPattern({3, 2});
                m_view->activeLine->setPen(pen);
                m_view->activeCasing->setPen(QPen(withAlpha(background, 0.85), lineWidth + 3 * lineScale,
                                                  Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            }
            continue;
        }
        if (m_view->bars && setIndex < m_view->sets.size()) {
            QBarSet *set = m_view->sets.at(setIndex);
            set->setColor(colour);
            set->setPen(outline ? QPen(background, lineScale) : QPen(Qt::NoPen));
        } else if (setIndex < m_view->lines.size()) {
            m_view->lines.at(setIndex)->setPen(
                QPen(colour, lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        }
        ++setIndex;
    }

    // Bars show a filled square in the legend, lines (and the dashed active line) a stroke.
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        const bool bar = marker->type() == QLegendMarker::LegendMarkerTypeBar;
        marker->setShape(bar ? QLegend::MarkerShapeRectangle : QLegend::MarkerShapeFromSeries);
        // Qt's gap between legend entries does not grow with the font; on the wallboard an em space does.
        const QString name = marker->series() == m_view->bars ? marker->label() : marker->series()->name();
        marker->setLabel(m_compact ? name.trimmed() + kEmSpace : name.trimmed());
        if (bar)
            marker->setPen(Qt::NoPen);
    }

    m_view->emptyItem->setBrush(m_compact ? muted : pal.color(QPalette::PlaceholderText));
    m_view->viewport()->update();
}

void TrendChart::applyFonts()
{
    QFont axisFont = font();
    QFont legendFont = font();
    QFont emptyFont = font();
    if (m_compact) {
        // Wallboard: read from across the room, so sizes follow the screen (the top-level window's
        // height) rather than the desktop font or the chart's own share of the board.
        // A short chart on a big screen caps the sizes so labels and legend still fit its own height.
        const int h = std::max(window()->height(), 200);
        const int own = std::max(height(), 120);
        axisFont.setPixelSize(std::max(11, std::min(h / 45, own / 9)));
        legendFont.setPixelSize(std::max(12, std::min(h / 36, own / 8)));
        emptyFont.setPixelSize(std::max(14, std::min(h / 24, own / 6)));
        legendFont.setWeight(QFont::DemiBold);
    } else {
        if (axisFont.pointSizeF() > 0)
            axisFont.setPointSizeF(axisFont.pointSizeF() * 0.9);
        if (emptyFont.pointSizeF() > 0)
            emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    }
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_view->timeAxis), static_cast<QAbstractAxis *>(m_view->countAxis),
          static_cast<QAbstractAxis *>(m_view->activeAxis)})
        axis->setLabelsFont(axisFont);
    m_view->chart()->legend()->setFont(legendFont);
    m_view->emptyItem->setFont(emptyFont);
    m_view->emptyItem->setText(m_model && m_model->isLoading() ? tr("Loading history…")
                                                               : tr("No calls ended in this period"));
    m_view->placeEmptyText();
    m_view->labelIndices.clear(); // label widths changed: thin again
    updateTimeAxis();
}

QFont TrendChart::axisLabelFont() const
{
    return m_view->timeAxis->labelsFont();
}

QStringList TrendChart::axisLabels() const
{
    return m_view->labelTexts;
}

QStringList TrendChart::seriesNames() const
{
    QStringList names;
    for (const SeriesSpec &spec : std::as_const(m_view->specs))
        names.append(spec.name);
    return names;
}

QList<qreal> TrendChart::seriesValues(const QString &name) const
{
    int index = 0;
    for (const SeriesSpec &spec : std::as_const(m_view->specs)) {
        if (spec.kind == SeriesSpec::Kind::Active) {
            if (spec.name != name || !m_view->activeLine)
                continue;
            QList<qreal> values;
            const QList<QPointF> points = m_view->activeLine->points();
            for (const QPointF &p : points)
                values.append(p.y());
            return values;
        }
        if (spec.name == name) {
            QList<qreal> values;
            if (m_view->bars) {
                const QBarSet *set = m_view->sets.at(index);
                for (int i = 0; i < set->count(); ++i)
                    values.append(set->at(i));
            } else {
                const QList<QPointF> points = m_view->lines.at(index)->points();
                for (const QPointF &p : points)
                    values.append(p.y());
            }
            return values;
        }
        ++index;
    }
    return {};
}

QColor TrendChart::seriesColor(const QString &name) const
{
    int index = 0;
    for (const SeriesSpec &spec : std::as_const(m_view->specs)) {
        if (spec.kind == SeriesSpec::Kind::Active) {
            if (spec.name == name && m_view->activeLine)
                return m_view->activeLine->pen().color();
            continue;
        }
        if (spec.name == name)
            return m_view->bars ? m_view->sets.at(index)->color() : m_view->lines.at(index)->pen().color();
        ++index;
    }
    return {};
}

QString TrendChart::toolTipText(int bucket) const
{
    if (!m_model || bucket < 0 || bucket >= m_model->bucketCount())
        return {};
    const QLocale loc = locale();
    QString when = m_model->label(bucket);
    if (m_model->range() != ChartRange::Last30Days) {
        const QDateTime end = m_model->buckets().at(bucket).end.toTimeZone(m_model->timeZone());
        when += kEnDash + formatTime(end.time(), loc);
    }
    auto count = [&](CallStatus status) -> QString {
        return StatusStyle::label(status) + QLatin1Char(' ') + loc.toString(m_model->count(bucket, status));
    };
    QStringList parts{when, count(CallStatus::Completed), count(CallStatus::Missed),
                      count(CallStatus::Failed)};
    const QList<QPair<QString, qint64>> codes = m_model->errorCodeCounts(bucket);
    if (!codes.isEmpty()) {
        QStringList byCode;
        for (const QPair<QString, qint64> &code : codes)
            byCode.append(codeName(code.first) + QLatin1Char(' ') + loc.toString(code.second));
        parts.last() += QStringLiteral(" (") + byCode.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    parts.append(
        tr("Active %1", "active calls at the end of a period").arg(loc.toString(m_model->active(bucket))));
    return parts.join(QStringLiteral(" · "));
}

namespace {

// Qt Charts lays out on posted LayoutRequest events; a chart that is not on screen gets them only from
// the event loop. Run them now (a few rounds: a new plot area re-thins the time axis, which may ask again).
void settleLayout(TrendChartView *view)
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        view->chart()->layout()->activate();
    }
}

} // namespace

QString TrendChart::exportPng(const QString &path) const
{
    // The chart as shown, drawn again (vector, not pixels) at a scale that makes it at least
    // 1200 x 700 px. A chart not on screen yet is laid out at exactly that size first.
    QSize logical = m_view->size();
    const QSize minimum(kExportMinWidth, kExportMinHeight);
    const bool relayout = !m_view->isVisible() || logical.width() < 200 || logical.height() < 120;
    const QSize restore = logical;
    if (relayout) {
        m_view->exporting = true;
        logical = minimum;
        m_view->chart()->resize(QSizeF(logical));
        m_view->scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(logical)));
        settleLayout(m_view);
    }
    const qreal scale =
        std::max({1.0, qreal(minimum.width()) / logical.width(), qreal(minimum.height()) / logical.height()});
    QImage image(QSize(int(std::ceil(logical.width() * scale)), int(std::ceil(logical.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const int hover = m_view->hoverBucket;
        m_view->hoverBucket = -1; // no hover band in the file
        m_view->scene()->render(&painter, QRectF(image.rect()), QRectF(QPointF(0, 0), QSizeF(logical)));
        m_view->hoverBucket = hover;
    }
    if (relayout) {
        m_view->chart()->resize(QSizeF(restore));
        m_view->scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(restore)));
        m_view->exporting = false;
        settleLayout(m_view);
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(image))
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
    if (!file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString TrendChart::exportCsv(const QString &path) const
{
    if (!m_model)
        return tr("There is no chart data to export.");
    QSaveFile file(path); // all or nothing: a full disk never leaves half a file behind
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    // With a byte-order mark, as the table's CSV export: Excel then reads the UTF-8 as UTF-8.
    const QByteArray csv = QByteArrayLiteral("\xEF\xBB\xBF") + m_model->toCsv().toUtf8();
    if (file.write(csv) != csv.size() || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void TrendChart::promptExportPng()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), tr("chart.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString error = exportPng(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

void TrendChart::promptExportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart data"), tr("chart.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsv(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

void TrendChart::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
        applyTheme();
        break;
    case QEvent::FontChange:
    case QEvent::ApplicationFontChange:
        applyFonts();
        break;
    case QEvent::LocaleChange:
        m_view->chart()->setLocale(locale());
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void TrendChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_compact) {
        applyFonts();
        applyTheme(); // line widths follow the height too
        refreshNow(); // and the number of count ticks
    }
}

} // namespace cw

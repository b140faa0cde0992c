#pragma once

#include "timebuckets.h"
#include "trendmodel.h" // complete type for QPointer<TrendModel> in inline model()

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QTimer;
class QToolButton;

namespace cw {

class TrendChartView; // the chart library lives behind this (trendchart.cpp); nothing else sees Qt Charts

// The chart panel: completed / missed / failed per bucket of a TrendModel, as stacked bars (default) or
// lines, failures optionally split by error code, and optionally the active calls as a line on its own
// axis. A row of controls above it (range, style, split, active, export) unless compact.
//
// Qt Charts is used only inside trendchart.cpp, so the chart library can be swapped without touching the
// rest of the app. Series objects are created when the set of series changes (style, split, codes shown)
// and otherwise only refilled: one bulk replace per series per TrendModel::updated() (QXYSeries::replace
// for lines, one QBarSet update per set for bars), never a rebuild per point. A bar set whose bucket count
// is unchanged and where at most a few values moved (the usual live tick) gets replace(i, v) for just
// those; otherwise (roll, reload) it is emptied and refilled with one append(QList). Redraws are throttled
// to one per 250 ms: the first change draws at once, later ones within the interval are merged.
//
// Split by error code: the five most frequent codes of the range get a series each (TrendModel::
// errorCodes() order), the rest share "Other codes"; with no failure at all a plain "Failed" series stays.
// Empty state: while no call ended in the range, "No calls ended in this period" shows over the empty
// axes; while the model loads its history in the background (TrendModel::isLoading()), "Loading history…"
// shows there instead. Exports: PNG renders the chart again at a scale that makes it at least 1200 x 700 px.
//
// Tooltips: hovering a bucket shows its label and exact counts (toolTipText()).
// Colours: the status colours of statusstyle.h (Okabe–Ito), following the palette (light / dark).
class TrendChart : public QWidget
{
    Q_OBJECT
public:
    enum class Style : quint8
    {
        StackedBars,
        Lines,
    };

    explicit TrendChart(TrendModel *model, QWidget *parent = nullptr);
    ~TrendChart() override;

    TrendModel *model() const { return m_model; }

    void setStyle(Style style);
    Style style() const { return m_style; }
    void setSplitFailedByCode(bool split); // the top codes each get a series; the rest: "Other codes"
    bool splitFailedByCode() const { return m_split; }
    void setShowActive(bool show);
    bool showActive() const { return m_showActive; }
    // Wallboard use: no controls row, large fonts scaled to the widget's height, high contrast.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    // Range shortcut: forwards to the model (and the range box follows).
    void setRange(ChartRange range);

    // Exports. PNG: the chart as shown (at least 1200x700 px). CSV: TrendModel::toCsv().
    // Return an error text for the user, empty on success.
    QString exportPng(const QString &path) const;
    QString exportCsv(const QString &path) const;

    // The tooltip text for a bucket: label and exact counts.
    QString toolTipText(int bucket) const;

    // For tests: how many times the series objects were created, and how many bulk refills ran.
    int seriesBuildCount() const { return m_seriesBuilds; }
    int refillCount() const { return m_refills; }
    // Names of the series shown now, in legend order.
    QStringList seriesNames() const;
    QComboBox *rangeBox() const { return m_rangeBox; }
    // The values a series shows now, one per bucket (empty for an unknown name).
    QList<qreal> seriesValues(const QString &name) const;
    // The fill (bars) or line colour of a series (invalid for an unknown name).
    QColor seriesColor(const QString &name) const;
    // The labels shown on the time axis now: every k-th bucket label, thinned so they never overlap.
    QStringList axisLabels() const;
    // The font of the axis labels now (in compact mode it scales with the widget's height).
    QFont axisLabelFont() const;
    // True while the "No calls ended in this period" text is shown over the (empty) chart.
    bool showsEmptyState() const;
    // True while "Loading history…" is shown instead (the model reads its history in the background).
    bool showsLoadingState() const;
    QWidget *controls() const { return m_controls; }

    // Applies pending model changes at once. Otherwise redraws follow TrendModel::updated() at most
    // every 250 ms: the first change redraws at once, later ones within the interval are merged.
    void refreshNow();

Q_SIGNALS:
    void styleChanged(cw::TrendChart::Style style);
    void rangeChanged(cw::ChartRange range);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildControls();
    void rebuildSeries();
    void refill();
    void requestRefill();
    void applyTheme();
    void applyFonts();
    void updateTimeAxis();
    void syncControls();
    void promptExportPng();
    void promptExportCsv();

    QPointer<TrendModel> m_model;
    TrendChartView *m_view = nullptr;
    QWidget *m_controls = nullptr;
    QComboBox *m_rangeBox = nullptr;
    Style m_style = Style::StackedBars;
    bool m_split = false;
    bool m_showActive = false;
    bool m_compact = false;
    int m_seriesBuilds = 0;
    int m_refills = 0;
    QToolButton *m_barsButton = nullptr;
    QToolButton *m_linesButton = nullptr;
    QCheckBox *m_splitBox = nullptr;
    QCheckBox *m_activeBox = nullptr;
    QToolButton *m_exportButton = nullptr;
    QTimer *m_throttle = nullptr; // running: a redraw happened less than 250 ms ago
    bool m_refillPending = false;
};

} // namespace cw

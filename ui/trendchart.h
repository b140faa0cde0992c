#pragma once

#include "timebuckets.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace cw {

class TrendModel;
class TrendChartView; // the chart library lives behind this (trendchart.cpp); nothing else sees Qt Charts

// The chart panel: completed / missed / failed per bucket of a TrendModel, as stacked bars (default) or
// lines, failures optionally split by error code, and optionally the active calls as a line on its own
// axis. A row of controls above it (range, style, split, active, export) unless compact.
//
// Qt Charts is used only inside trendchart.cpp, so the chart library can be swapped without touching the
// rest of the app. Series objects are created when the set of series changes (style, split, codes shown)
// and otherwise only refilled: one bulk replace per series per TrendModel::updated() (QXYSeries::replace
// for lines, one QBarSet update per set for bars), never a rebuild per point.
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

Q_SIGNALS:
    void styleChanged(cw::TrendChart::Style style);
    void rangeChanged(cw::ChartRange range);

private:
    void rebuildSeries();
    void refill();

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
};

} // namespace cw

"""The dashboard's two QtCharts charts: applications received per month (bars) and the average processing
times per month (lines), with Turkish month labels ("Oca 2026")."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.workflows.dashboard.figures import MonthPoint

CONTEXT = "Pano"
MONTH_ABBREVIATIONS = (
    QT_TRANSLATE_NOOP("Pano", "Oca"), QT_TRANSLATE_NOOP("Pano", "Şub"), QT_TRANSLATE_NOOP("Pano", "Mar"),
    QT_TRANSLATE_NOOP("Pano", "Nis"), QT_TRANSLATE_NOOP("Pano", "May"), QT_TRANSLATE_NOOP("Pano", "Haz"),
    QT_TRANSLATE_NOOP("Pano", "Tem"), QT_TRANSLATE_NOOP("Pano", "Ağu"), QT_TRANSLATE_NOOP("Pano", "Eyl"),
    QT_TRANSLATE_NOOP("Pano", "Eki"), QT_TRANSLATE_NOOP("Pano", "Kas"), QT_TRANSLATE_NOOP("Pano", "Ara"),
)

translate = QCoreApplication.translate   # a name lupdate reads: translate("Context", "text")
BAR_COLOUR = "#3f6fb5"
NOTIFY_COLOUR = "#e08a00"
PERMIT_COLOUR = "#2e7d32"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def month_label(year: int, month: int) -> str:
    """'Oca 2026' (in English 'Jan 2026')."""
    return f"{tr(MONTH_ABBREVIATIONS[month - 1])} {year}"


def nice_axis(value: float) -> tuple[float, int]:
    """(maximum, tick count) of a value axis a little above `value` with round steps (1, 2, 5, 10, 20, …)."""
    target = max(value * 1.1, 5)
    magnitude = 10 ** math.floor(math.log10(target / 5))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        ticks = math.ceil(target / step)
        if ticks <= 6:
            return ticks * step, ticks + 1
    return target, 6


def _apply_axis(axis: QValueAxis, value: float) -> None:
    top, ticks = nice_axis(value)
    axis.setRange(0, top)
    axis.setTickCount(ticks)


def _category_axis(labels: Sequence[str]) -> QBarCategoryAxis:
    """Month labels on two lines ("Oca" over "2026") so that twelve of them fit without eliding."""
    axis = QBarCategoryAxis()
    axis.append([label.replace(" ", "<br>", 1) for label in labels])
    font = axis.labelsFont()
    font.setPointSizeF(font.pointSizeF() * 0.85)     # "2026" under "Oca" fits a twelfth of the chart
    axis.setLabelsFont(font)
    return axis


class _MonthChart(QChartView):
    """A chart over months: its points, the month labels, and a new QChart for every new set of points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[MonthPoint] = []
        self.setChart(QChart())
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(280)
        self.setMinimumWidth(360)

    def _replace(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(4)
        font = chart.titleFont()
        font.setBold(True)
        chart.setTitleFont(font)
        if old is not None and old is not chart:
            old.deleteLater()

    def categories(self) -> list[str]:
        return [month_label(p.year, p.month) for p in self.points]


class ReceivedChart(_MonthChart):
    """Bars: applications received per month. Clicking a bar emits `month_clicked("2026-03")`."""

    month_clicked = Signal(str)

    def set_points(self, points: Sequence[MonthPoint]) -> None:
        self.points = list(points)
        chart = QChart()
        chart.setTitle(translate("Pano", "Aylara göre alınan başvurular"))
        self.bar_set = QBarSet(translate("Pano", "Başvuru"))
        self.bar_set.setColor(QColor(BAR_COLOUR))
        self.bar_set.setBorderColor(QColor(BAR_COLOUR))
        self.bar_set.setLabelColor(QColor("#222222"))
        for p in self.points:
            self.bar_set.append(p.received)
        self.bar_set.clicked.connect(self._clicked)
        series = QBarSeries()
        series.append(self.bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        x = _category_axis(self.categories())
        y = QValueAxis()
        y.setLabelFormat("%d")
        _apply_axis(y, max((p.received for p in self.points), default=0))
        y.setTitleText(translate("Pano", "başvuru"))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setVisible(False)
        self._replace(chart)
        self.setToolTip(translate("Pano", "Bir aya tıklayın: o ay alınan başvurular"))

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self.points):
            self.month_clicked.emit(self.points[index].key)


class ProcessingChart(_MonthChart):
    """Lines: average days from receipt to the first notification, and from forwarding to the permit."""

    def set_points(self, points: Sequence[MonthPoint]) -> None:
        self.points = list(points)
        chart = QChart()
        chart.setTitle(translate("Pano", "Ortalama işlem süreleri (gün)"))
        x = _category_axis(self.categories())
        y = QValueAxis()
        y.setLabelFormat("%d")
        y.setTitleText(translate("Pano", "gün"))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        self.notify_series = self._line(translate("Pano", "Başvuru → ilk bildirim"), NOTIFY_COLOUR,
                                        [p.notify_days for p in self.points])
        self.permit_series = self._line(translate("Pano", "SHGM'ye iletim → izin belgesi"), PERMIT_COLOUR,
                                        [p.permit_days for p in self.points])
        top = 0.0
        for series in (self.notify_series, self.permit_series):
            chart.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)
            top = max([top, *(pt.y() for pt in series.points())])
        _apply_axis(y, top)
        self._replace(chart)

    @staticmethod
    def _line(name: str, colour: str, values: Sequence[float | None]) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        pen = QPen(QColor(colour))
        pen.setWidth(3)
        series.setPen(pen)
        series.setPointsVisible(True)
        for i, v in enumerate(values):
            if v is not None:          # a month without such work has no point (the line bridges it)
                series.append(QPointF(i, round(v, 1)))
        return series

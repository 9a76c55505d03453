/*
 * Sparklines (a value series, with an optional dashed forecast) drawn by Chart.js into a canvas: no axes, no legend,
 * no animation, no events. The canvas carries a text alternative (role="img" and aria-label) set by the caller.
 */
define('waypoint/sparkline', ['waypoint/vendor/chart', 'waypoint/format'], function (Chart, format) {
    'use strict';

    var LINE = '#0052cc';
    var FORECAST = '#6b778c';

    /** Draws points ([{date, value}]) and an optional forecast ({at, value}) into canvas; returns the chart. */
    function draw(canvas, points, forecast) {
        var series = format.sparkSeries(points, forecast);
        var datasets = [{
            data: series.actual,
            borderColor: LINE,
            backgroundColor: LINE,
            borderWidth: 1.5,
            pointRadius: series.actual.length === 1 ? 2 : 0,
            tension: 0.25,
            spanGaps: false
        }];
        if (series.forecast) {
            datasets.push({
                data: series.forecast,
                borderColor: FORECAST,
                borderDash: [3, 3],
                borderWidth: 1,
                pointRadius: 0,
                spanGaps: true
            });
        }
        return new Chart(canvas, {
            type: 'line',
            data: { labels: series.labels, datasets: datasets },
            options: {
                responsive: false,
                animation: false,
                events: [],
                plugins: { legend: { display: false }, tooltip: { enabled: false } },
                scales: { x: { display: false }, y: { display: false } },
                layout: { padding: 2 }
            }
        });
    }

    return { draw: draw };
});

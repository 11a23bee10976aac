// Draws the charts of /Monitoring/{id} from the page's JSON (/api/v1/monitoring/sites/{id}).
// The tables below each chart hold the same figures, so the page reads the same without JavaScript.
(function () {
    'use strict';
    var section = document.querySelector('[data-monitoring-src]');
    if (!section || typeof echarts === 'undefined') return;

    var beijingOffsetMs = 8 * 3600 * 1000;
    function beijing(iso) {
        var d = new Date(Date.parse(iso) + beijingOffsetMs);
        return d.toISOString().slice(0, 16).replace('T', ' ');
    }
    function chart(id) {
        var element = document.getElementById(id);
        return element ? echarts.init(element, null, { renderer: 'canvas' }) : null;
    }

    fetch(section.getAttribute('data-monitoring-src'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
        .then(function (site) {
            var a = site.availability;
            var daily = chart('availability-chart');
            if (daily) {
                daily.setOption({
                    title: { text: '每日访问', left: 'center', textStyle: { fontSize: 14 } },
                    tooltip: { trigger: 'axis' },
                    legend: { bottom: 0, data: ['正常', '失败', '失败占比(%)'] },
                    xAxis: { type: 'category', data: a.days.map(function (d) { return d.day; }) },
                    yAxis: [{ type: 'value', name: '次数', minInterval: 1 }, { type: 'value', name: '%', min: 0, max: function (v) { return Math.max(10, Math.ceil(v.max)); } }],
                    series: [
                        { name: '正常', type: 'bar', stack: 'visits', color: '#198754', data: a.days.map(function (d) { return d.visits - d.failures; }) },
                        { name: '失败', type: 'bar', stack: 'visits', color: '#dc3545', data: a.days.map(function (d) { return d.failures; }) },
                        {
                            name: '失败占比(%)', type: 'line', yAxisIndex: 1, color: '#fd7e14',
                            data: a.days.map(function (d) { return d.visits === 0 ? null : +(100 * d.failures / d.visits).toFixed(2); }),
                            markLine: { symbol: 'none', label: { formatter: '否决线 ' + a.vetoPercent + '%' }, lineStyle: { color: '#dc3545', type: 'dashed' }, data: [{ yAxis: a.vetoPercent }] }
                        }
                    ]
                });
            }

            var timeline = chart('timeline-chart');
            if (timeline) {
                var point = function (v) { return [beijing(v.scheduledUtc), +(v.elapsedMs / 1000).toFixed(2)]; };
                timeline.setOption({
                    title: { text: '每次访问（耗时，秒）', left: 'center', textStyle: { fontSize: 14 } },
                    tooltip: { trigger: 'item', formatter: function (p) { return p.seriesName + '<br>' + p.value[0] + '　' + p.value[1] + ' 秒'; } },
                    legend: { bottom: 0, data: ['正常', '失败'] },
                    xAxis: { type: 'category', data: a.visitPoints.map(function (v) { return beijing(v.scheduledUtc); }), axisLabel: { hideOverlap: true } },
                    yAxis: { type: 'value', name: '秒', min: 0, max: 20 },
                    series: [
                        { name: '正常', type: 'scatter', symbolSize: 5, color: '#198754', data: a.visitPoints.filter(function (v) { return v.ok; }).map(point),
                          markLine: { symbol: 'none', label: { formatter: '15秒' }, lineStyle: { color: '#6c757d', type: 'dashed' }, data: [{ yAxis: 15 }] } },
                        { name: '失败', type: 'scatter', symbolSize: 8, color: '#dc3545', data: a.visitPoints.filter(function (v) { return !v.ok; }).map(point) }
                    ]
                });
            }

            var updates = chart('updates-chart');
            if (updates) {
                updates.setOption({
                    title: { text: '首页每日新增信息', left: 'center', textStyle: { fontSize: 14 } },
                    tooltip: { trigger: 'axis' },
                    xAxis: { type: 'category', data: site.updates.days.map(function (d) { return d.day; }) },
                    yAxis: { type: 'value', name: '条', minInterval: 1 },
                    series: [{ name: '新增信息', type: 'bar', color: '#0d6efd', data: site.updates.days.map(function (d) { return d.newItems; }) }]
                });
            }

            window.addEventListener('resize', function () {
                [daily, timeline, updates].forEach(function (c) { if (c) c.resize(); });
            });
            section.setAttribute('data-charts-ready', 'true');
        })
        .catch(function () {
            // The tables already show every figure; a chart that cannot load leaves them alone.
            document.querySelectorAll('.monitoring-chart').forEach(function (e) { e.hidden = true; });
        });
})();

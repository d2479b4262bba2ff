// The report page's script: reads the numbers (JSON in #report-data) and the world map (#world-map), builds one
// section per view, each a chart (Apache ECharts, inlined above) and the same numbers as a table.
//
// Safety: every string from the archive (channel titles, hashtags, places, forward names, emoji names) reaches
// the page through textContent or an ECharts canvas, never innerHTML; tooltips are our formatters, whose
// strings go through esc() because ECharts shows a formatter's string as HTML.
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('report-data').textContent);
  var WORLD = JSON.parse(document.getElementById('world-map').textContent);
  var DAY_MS = 86400000;
  var COLORS = ['#2f6fb3', '#e07b39', '#3a9d5d', '#8e5ea2', '#c44e52', '#937860', '#5b8db8'];
  var WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  var charts = [];

  // ---- small helpers -------------------------------------------------------------------------------------

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function fmt(n) {
    return Number(n).toLocaleString('en-US');
  }

  function pct(part, whole) {
    return whole > 0 ? (100 * part / whole).toFixed(1) + ' %' : '–';
  }

  function pad(n) {
    return n < 10 ? '0' + n : String(n);
  }

  // Date.UTC maps years 0-99 to 1900-1999: set the year afterwards so that any mentioned year is itself.
  function monthMs(year, month0) {
    var d = new Date(Date.UTC(2000, month0, 1));
    d.setUTCFullYear(year);
    return d.getTime();
  }

  function dayLabel(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  function monthLabel(m) {
    return Math.floor(m / 12) + '-' + pad(m % 12 + 1);
  }

  // Days are epoch days, weeks are numbered from the Monday 1970-01-05 (see WeekCounts.java).
  function weekMs(week) {
    return (week * 7 + 4) * DAY_MS;
  }

  // ---- time buckets: days for a short archive, weeks or months for a long one -------------------------------

  var firstDay = DATA.days.length ? DATA.days[0][0] : 0;
  var lastDay = DATA.days.length ? DATA.days[DATA.days.length - 1][0] : 0;
  var span = lastDay - firstDay;
  var BUCKET = span <= 120 ? 'day' : span <= 3 * 366 ? 'week' : 'month';

  function bucketOf(epochDay) {
    if (BUCKET === 'day') return epochDay * DAY_MS;
    if (BUCKET === 'week') return weekMs(Math.floor((epochDay - 4) / 7));
    var d = new Date(epochDay * DAY_MS);
    return monthMs(d.getUTCFullYear(), d.getUTCMonth());
  }

  function bucketLabel(ms) {
    if (BUCKET === 'month') return dayLabel(ms).slice(0, 7);
    return BUCKET === 'week' ? 'week of ' + dayLabel(ms) : dayLabel(ms);
  }

  // Sums the day rows' columns per bucket: [[bucketMs, sums...], ...] in time order.
  function buckets() {
    var out = [];
    var last = null;
    DATA.days.forEach(function (row) {
      var b = bucketOf(row[0]);
      if (!last || last[0] !== b) {
        last = [b].concat(row.slice(1).map(function () { return 0; }));
        out.push(last);
      }
      for (var i = 1; i < row.length; i++) last[i] += row[i];
    });
    return out;
  }

  // Day row columns (DayCounters.java): 1 posts, 2 forwards, 3 views, 4 viewed, 5 reactions, 6 reacted.
  var B = buckets();

  // ---- page structure --------------------------------------------------------------------------------------

  var main = document.getElementById('sections');
  var toc = document.getElementById('toc');

  function section(id, title, blurb, wide) {
    var s = el('section', wide ? 'wide' : '');
    s.id = id;
    s.appendChild(el('h2', '', title));
    if (blurb) s.appendChild(el('p', 'note', blurb));
    main.appendChild(s);
    var a = el('a', '', title);
    a.href = '#' + id;
    toc.appendChild(a);
    return s;
  }

  function chartBox(parent, label, height) {
    var d = el('div', 'chart');
    d.setAttribute('role', 'img');
    d.setAttribute('aria-label', label);
    d.setAttribute('data-chart', label);
    if (height) d.style.height = height + 'px';
    parent.appendChild(d);
    return d;
  }

  function empty(parent, text) {
    parent.appendChild(el('p', 'empty', text));
  }

  function table(parent, caption, headers, rows, numeric) {
    var det = el('details');
    det.appendChild(el('summary', '', 'Numbers: ' + caption + ' (' + rows.length + ' rows)'));
    var wrap = el('div', 'table-wrap');
    var t = el('table');
    t.appendChild(el('caption', 'note', caption));
    var tr = el('tr');
    headers.forEach(function (h, i) {
      var th = el('th', numeric[i] ? 'n' : '', h);
      th.setAttribute('scope', 'col');
      tr.appendChild(th);
    });
    var thead = el('thead');
    thead.appendChild(tr);
    t.appendChild(thead);
    var tbody = el('tbody');
    rows.forEach(function (r) {
      var row = el('tr');
      r.forEach(function (v, i) {
        row.appendChild(el('td', numeric[i] ? 'n' : '', numeric[i] && typeof v === 'number' ? fmt(v) : v));
      });
      tbody.appendChild(row);
    });
    t.appendChild(tbody);
    wrap.appendChild(t);
    det.appendChild(wrap);
    parent.appendChild(det);
  }

  function draw(box, option) {
    var base = {
      animation: false,
      color: COLORS,
      textStyle: {fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif'},
      grid: {left: 12, right: 24, top: 36, bottom: 12, containLabel: true}
    };
    for (var k in option) base[k] = option[k];
    var c = echarts.init(box, null, {renderer: 'canvas'});
    c.setOption(base);
    charts.push(c);
    return c;
  }

  function tip(lines) {
    return lines.map(esc).join('<br>');
  }

  // A ranked list as a horizontal bar chart: labels on the left, longest first at the top.
  function barList(box, names, values, seriesName, color) {
    return draw(box, {
      tooltip: {trigger: 'item', formatter: function (p) { return tip([names[p.dataIndex], seriesName + ': ' + fmt(p.value)]); }},
      // A fixed label column: ECharts' containLabel measures labels before truncating them, and cuts them off.
      grid: {left: 200, right: 40, top: 8, bottom: 24},
      xAxis: {type: 'value', minInterval: 1, splitLine: {lineStyle: {color: '#eef0f3'}}},
      yAxis: {type: 'category', inverse: true, data: names,
        axisLabel: {width: 184, overflow: 'truncate', fontSize: 12}, axisTick: {show: false}},
      series: [{type: 'bar', name: seriesName, data: values, barMaxWidth: 16, itemStyle: {color: color || COLORS[0]},
        label: {show: true, position: 'right', fontSize: 11, color: '#616e7c', formatter: function (p) { return fmt(p.value); }}}]
    });
  }

  function listHeight(n) {
    return Math.max(140, n * 22 + 30);
  }

  // No ticks finer than a bucket: a one-day archive would otherwise be labelled in hours.
  var BUCKET_MS = BUCKET === 'day' ? DAY_MS : BUCKET === 'week' ? 7 * DAY_MS : 28 * DAY_MS;
  var timeAxis = {type: 'time', minInterval: BUCKET_MS, axisLabel: {hideOverlap: true}, splitLine: {show: false}};
  var valueAxis = {type: 'value', minInterval: 1, splitLine: {lineStyle: {color: '#eef0f3'}}};
  var noDates = 'No post in these inputs has a date of its own (plain-text copies have none).';

  // ---- header ----------------------------------------------------------------------------------------------

  function fact(dl, key, label, value, detail, raw) {
    var d = el('div');
    d.appendChild(el('dt', '', label));
    var dd = el('dd', '', value);
    dd.setAttribute('data-stat', key);
    dd.setAttribute('data-value', raw === undefined ? String(value) : String(raw));
    if (detail) dd.appendChild(el('small', '', detail));
    d.appendChild(dd);
    dl.appendChild(d);
  }

  function header() {
    var h = DATA.header;
    var names = h.channels.map(function (c) { return c[0]; });
    var title = names.length === 1 ? names[0] : names.length > 1 ? h.channelCount + ' channels' : 'Archive report';
    document.getElementById('title').textContent = title;
    document.title = title + ' – tgparse report';
    var inputs = DATA.inputs.join(', ') + (DATA.moreInputs ? ' and ' + DATA.moreInputs + ' more' : '');
    document.getElementById('subtitle').textContent = 'Report of ' + inputs;
    document.getElementById('tool').textContent = DATA.tool;
    var dl = document.getElementById('facts');
    var t = h.byType;
    fact(dl, 'messages', 'Messages', fmt(h.messages), ' ', h.messages);
    var byType = dl.querySelector('[data-stat=messages] small');
    byType.textContent = '';
    [['message', ' posts'], ['service', ' service'], ['unsupported', ' unsupported']].forEach(function (k, i) {
      var n = el('span', '', fmt(t[k[0]]) + k[1]);
      n.setAttribute('data-stat', k[0]);
      n.setAttribute('data-value', String(t[k[0]]));
      if (i) byType.appendChild(document.createTextNode(' · '));
      byType.appendChild(n);
    });
    var firstDay = h.first ? h.first.slice(0, 10) : null;
    var lastDay = h.last ? h.last.slice(0, 10) : null;
    fact(dl, 'range', 'Date range', !firstDay ? 'no dates' : firstDay === lastDay ? firstDay : firstDay + ' – ' + lastDay,
        h.undated ? fmt(h.undated) + ' without a date' : (h.first ? h.first + ' to ' + h.last : ''),
        h.first ? h.first + '/' + h.last : '');
    fact(dl, 'channels', 'Channels', fmt(h.channelCount),
        names.slice(0, 3).join(', ') + (h.withoutChannel ? (names.length ? '; ' : '') + fmt(h.withoutChannel) + ' messages name none' : ''),
        h.channelCount);
    fact(dl, 'forwards', 'Forwards', fmt(h.forwards), pct(h.forwards, h.messages) + ' of the messages', h.forwards);
    fact(dl, 'issues', 'Issues while reading', fmt(h.issues),
        h.failedInputs ? fmt(h.failedInputs) + ' inputs not read to the end' : 'all inputs read to the end', h.issues);
    var notes = [];
    if (!h.exact) notes.push('Some top lists are approximate: more distinct names than the counters hold (see docs/report.md).');
    document.getElementById('noscript').textContent = notes.join(' ');
  }

  // ---- the sections ------------------------------------------------------------------------------------------

  function zoneNote() {
    if (DATA.localTimes && !DATA.instants) return 'Times are local times as the export wrote them (zone unknown).';
    var s = 'Times in ' + DATA.zone + (DATA.zone === 'UTC' ? ' (pass --zone to choose another)' : '') + '.';
    return DATA.localTimes ? s + ' Some posts had only local times: those are as written.' : s;
  }

  function postsOverTime() {
    var s = section('posts', 'Posts over time', 'Posts per ' + BUCKET + ', own posts and forwards stacked. ' + zoneNote(), true);
    if (!B.length) return empty(s, noDates);
    draw(chartBox(s, 'Posts per ' + BUCKET), {
      legend: {top: 0, left: 0},
      tooltip: {trigger: 'axis', formatter: function (ps) {
        return tip([bucketLabel(ps[0].value[0])].concat(ps.map(function (p) { return p.seriesName + ': ' + fmt(p.value[1]); })));
      }},
      xAxis: timeAxis, yAxis: valueAxis,
      series: [
        {name: 'own posts', type: 'bar', stack: 'p', barMaxWidth: 24, data: B.map(function (b) { return [b[0], b[1] - b[2]]; })},
        {name: 'forwards', type: 'bar', stack: 'p', barMaxWidth: 24, data: B.map(function (b) { return [b[0], b[2]]; })}
      ]
    });
    table(s, 'posts per ' + BUCKET, [BUCKET, 'posts', 'forwards'], B.map(function (b) {
      return [bucketLabel(b[0]), b[1], b[2]];
    }), [false, true, true]);
  }

  function heatmap() {
    var s = section('hours', 'When the channel posts', 'Posts by weekday and hour of day. ' + zoneNote());
    if (!DATA.datedPosts) return empty(s, noDates);
    var cells = [];
    var max = 0;
    for (var d = 0; d < 7; d++) {
      for (var h = 0; h < 24; h++) {
        var n = DATA.weekHour[d * 24 + h];
        max = Math.max(max, n);
        cells.push([h, d, n]);
      }
    }
    draw(chartBox(s, 'Posts by weekday and hour', 300), {
      tooltip: {formatter: function (p) { return tip([WEEKDAYS[p.value[1]] + ' ' + pad(p.value[0]) + ':00–' + pad(p.value[0]) + ':59', fmt(p.value[2]) + ' posts']); }},
      grid: {left: 12, right: 12, top: 8, bottom: 56, containLabel: true},
      xAxis: {type: 'category', data: Array.from({length: 24}, function (_, i) { return pad(i); }), splitArea: {show: true}},
      yAxis: {type: 'category', data: WEEKDAYS.map(function (w) { return w.slice(0, 3); }), inverse: true, splitArea: {show: true}},
      visualMap: {min: 0, max: Math.max(max, 1), calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
        text: [fmt(Math.max(max, 1)), '0'],
        itemHeight: 160, inRange: {color: ['#f3f7fb', '#9ecae1', '#2f6fb3', '#08306b']}},
      series: [{type: 'heatmap', data: cells, itemStyle: {borderColor: '#fff', borderWidth: 1}}]
    });
    var rows = WEEKDAYS.map(function (w, d) { return [w].concat(DATA.weekHour.slice(d * 24, d * 24 + 24)); });
    var heads = ['weekday'].concat(Array.from({length: 24}, function (_, i) { return pad(i); }));
    table(s, 'posts by weekday (rows) and hour (columns)', heads, rows, heads.map(function (_, i) { return i > 0; }));
  }

  function hashtags() {
    var s = section('hashtags', 'Top hashtags', 'Messages that use each hashtag. Point at or click a hashtag to see when it was used (per week).');
    var tags = DATA.hashtags;
    if (!tags.length) return empty(s, 'No hashtags.');
    var names = tags.map(function (t) { return t[0]; });
    var bars = barList(chartBox(s, 'Top hashtags', listHeight(tags.length)), names, tags.map(function (t) { return t[1]; }), 'messages');
    table(s, 'top hashtags', ['hashtag', 'messages'], tags.map(function (t) { return [t[0], t[1]]; }), [false, true]);
    if (!DATA.datedPosts) return;
    var picked = el('p', 'picked');
    s.appendChild(picked);
    var timeline = draw(chartBox(s, 'Timeline of the chosen hashtag', 170), {
      grid: {left: 12, right: 24, top: 12, bottom: 8, containLabel: true},
      tooltip: {trigger: 'item', formatter: function (p) { return tip(['week of ' + dayLabel(p.value[0]), fmt(p.value[1]) + ' messages']); }},
      xAxis: {type: 'time', min: firstDay * DAY_MS, max: (lastDay + 1) * DAY_MS, minInterval: DAY_MS, axisLabel: {hideOverlap: true}},
      yAxis: valueAxis, series: [{type: 'bar', barMaxWidth: 10, data: [], itemStyle: {color: COLORS[1]}}]
    });
    function pick(i) {
      var w = tags[i][2];
      var data = [];
      for (var k = 0; k < w.length; k += 2) data.push([weekMs(w[k]), w[k + 1]]);
      picked.textContent = names[i] + ': ' + fmt(tags[i][1]) + ' messages' + (data.length ? ', per week:' : ' (none dated)');
      timeline.setOption({series: [{data: data}]});
    }
    bars.on('mouseover', function (p) { pick(p.dataIndex); });
    bars.on('click', function (p) { pick(p.dataIndex); });
    pick(0);
  }

  function forwards() {
    var s = section('forwards', 'Whom the channel amplifies', 'Forwarded messages by original source.');
    var f = DATA.forwardSources;
    if (!f.length) return empty(s, 'No forwards.');
    barList(chartBox(s, 'Top forward sources', listHeight(f.length)), f.map(function (x) { return x[0]; }),
        f.map(function (x) { return x[1]; }), 'forwards', COLORS[1]);
    table(s, 'forward sources', ['source', 'forwards'], f, [false, true]);
  }

  function forwardShare() {
    var s = section('forward-share', 'Share of forwards over time', 'Forwards as a share of the posts, per ' + BUCKET + '.');
    if (!B.length) return empty(s, noDates);
    draw(chartBox(s, 'Share of forwards per ' + BUCKET), {
      tooltip: {trigger: 'axis', formatter: function (ps) { var b = B[ps[0].dataIndex]; return tip([bucketLabel(b[0]), pct(b[2], b[1]) + ' (' + fmt(b[2]) + ' of ' + fmt(b[1]) + ')']); }},
      xAxis: timeAxis,
      // Up to the next ten above the highest share: a steady 20 % would be a flat line under a 0-100 axis.
      yAxis: {type: 'value', min: 0, max: function (v) { return Math.min(100, Math.ceil(v.max / 10) * 10 + 10); },
        axisLabel: {formatter: '{value} %'}, splitLine: {lineStyle: {color: '#eef0f3'}}},
      series: [{type: 'line', name: 'forwards', showSymbol: B.length < 60, areaStyle: {opacity: 0.15}, itemStyle: {color: COLORS[1]},
        data: B.map(function (b) { return [b[0], b[1] ? Math.round(1000 * b[2] / b[1]) / 10 : 0]; })}]
    });
    table(s, 'share of forwards per ' + BUCKET, [BUCKET, 'posts', 'forwards', 'share'],
        B.map(function (b) { return [bucketLabel(b[0]), b[1], b[2], pct(b[2], b[1])]; }), [false, true, true, true]);
  }

  function countries() {
    var s = section('countries', 'Places mentioned: countries', 'Messages that mention a place in each country (a city counts for its country; flags count too).', true);
    var byName = {};
    WORLD.features.forEach(function (f) { if (f.properties.code) byName[f.properties.code] = f.properties.name; });
    var list = DATA.countries;
    if (!list.length) return empty(s, 'No places mentioned.');
    var data = [];
    var max = 1;
    var offMap = 0;
    list.forEach(function (c) {
      if (byName[c[0]]) {
        data.push({name: byName[c[0]], value: c[1]});
        max = Math.max(max, c[1]);
      } else {
        offMap++;
      }
    });
    echarts.registerMap('world', WORLD);
    draw(chartBox(s, 'World map of places mentioned', 460), {
      tooltip: {trigger: 'item', formatter: function (p) { return tip([p.name, (p.value > 0 ? fmt(p.value) : 'no') + ' messages']); }},
      visualMap: {min: 0, max: max, left: 16, bottom: 16, calculable: false, text: [fmt(max), '0'],
        inRange: {color: ['#dbe9f6', '#6baed6', '#2f6fb3', '#08306b']}},
      series: [{type: 'map', map: 'world', roam: false, top: 8, bottom: 8, left: 'center', aspectScale: 0.85,
        itemStyle: {areaColor: '#eef0f3', borderColor: '#ffffff', borderWidth: 0.5},
        emphasis: {label: {show: false}, itemStyle: {areaColor: '#e07b39'}},
        select: {disabled: true}, data: data}]
    });
    if (offMap) s.appendChild(el('p', 'note', offMap + ' of the countries are too small for this map or have no code: they are in the table.'));
    table(s, 'messages by country', ['code', 'country', 'messages'], list.map(function (c) {
      return [c[0] || '–', c[0] ? (byName[c[0]] || '') : 'places without a country', c[1]];
    }), [false, false, true]);
  }

  function places() {
    var s = section('places', 'Top places', 'Cities, regions and countries by messages that name them.');
    var p = DATA.places;
    if (!p.length) return empty(s, 'No places mentioned.');
    var names = p.map(function (x) { return x[1] ? x[0] + ' (' + x[1] + ')' : x[0]; });
    barList(chartBox(s, 'Top places', listHeight(p.length)), names, p.map(function (x) { return x[2]; }), 'messages', COLORS[2]);
    table(s, 'top places', ['place', 'country', 'messages'], p.map(function (x) { return [x[0], x[1] || '–', x[2]]; }), [false, false, true]);
  }

  function years() {
    var s = section('years', 'Years mentioned', 'Messages that mention a date in each year.' +
        (DATA.datesWithoutYear ? ' ' + fmt(DATA.datesWithoutYear) + ' messages mention a day without a year.' : ''));
    var y = DATA.mentionedYears;
    if (!y.length) return empty(s, 'No dates mentioned.');
    draw(chartBox(s, 'Years mentioned', 260), {
      tooltip: {trigger: 'item', formatter: function (p) { return tip([String(y[p.dataIndex][0]), fmt(p.value) + ' messages']); }},
      xAxis: {type: 'category', data: y.map(function (r) { return String(r[0]); }), axisLabel: {hideOverlap: true}},
      yAxis: valueAxis,
      series: [{type: 'bar', data: y.map(function (r) { return r[1]; }), barMaxWidth: 18, itemStyle: {color: COLORS[3]}}]
    });
    table(s, 'years mentioned', ['year', 'messages'], y.map(function (r) { return [String(r[0]), r[1]]; }), [false, true]);
  }

  function mentions() {
    var s = section('periods', 'Dates mentioned against post dates', 'Which periods the channel talks about (up), and when (across): one dot per post month and mentioned month; diamonds are whole years. Bigger is more mentions.', true);
    var m = DATA.mentions;
    if (!m.length) return empty(s, DATA.datedPosts ? 'No dates mentioned.' : noDates);
    function y(c) { return c[2] ? monthMs(c[1], 6) : monthMs(Math.floor(c[1] / 12), c[1] % 12); }
    function x(c) { return monthMs(Math.floor(c[0] / 12), c[0] % 12); }
    function label(c) { return c[2] ? 'the year ' + c[1] : monthLabel(c[1]); }
    function size(v) { return Math.min(36, 5 + 3 * Math.sqrt(v[2])); }
    var months = m.filter(function (c) { return !c[2]; });
    var wholeYears = m.filter(function (c) { return c[2]; });
    function series(name, list, symbol, color) {
      return {name: name, type: 'scatter', symbol: symbol, symbolSize: size, itemStyle: {color: color, opacity: 0.7},
        data: list.map(function (c) { return [x(c), y(c), c[3], monthLabel(c[0]), label(c)]; })};
    }
    draw(chartBox(s, 'Dates mentioned against post dates', 420), {
      legend: {top: 0, left: 0},
      grid: {left: 12, right: 24, top: 56, bottom: 12, containLabel: true},
      tooltip: {trigger: 'item', formatter: function (p) { return tip(['posted in ' + p.value[3], 'mentioning ' + p.value[4], fmt(p.value[2]) + ' mentions']); }},
      xAxis: {type: 'time', name: 'post month', nameLocation: 'middle', nameGap: 28, axisLabel: {hideOverlap: true}, splitLine: {show: false}},
      yAxis: {type: 'time', name: 'mentioned', axisLabel: {hideOverlap: true}, splitLine: {lineStyle: {color: '#eef0f3'}}},
      series: [series('days and months', months, 'circle', COLORS[0]), series('whole years', wholeYears, 'diamond', COLORS[4])]
    });
    if (DATA.mentionOverflow) s.appendChild(el('p', 'note', fmt(DATA.mentionOverflow) + ' mentions are left out: the grid holds at most 20,000 cells.'));
    var rows = m.slice().sort(function (a, b) { return b[3] - a[3] || a[0] - b[0] || a[1] - b[1]; }).slice(0, 200);
    table(s, 'mentions by post month and mentioned period (most first, at most 200)', ['post month', 'mentioned', 'mentions'],
        rows.map(function (c) { return [monthLabel(c[0]), label(c), c[3]]; }), [false, false, true]);
  }

  function emoji() {
    var s = section('emoji', 'Top emoji', 'Messages that use each emoji (posts use them as markers: 📍 for a place, ⚡️ for news).');
    var e = DATA.emoji;
    if (!e.length) return empty(s, 'No emoji.');
    barList(chartBox(s, 'Top emoji', listHeight(e.length)), e.map(function (x) { return x[0] + '  ' + (x[1] || ''); }),
        e.map(function (x) { return x[2]; }), 'messages', COLORS[4]);
    table(s, 'top emoji', ['emoji', 'name', 'messages'], e, [false, false, true]);
  }

  function media() {
    var s = section('media', 'Media kinds', 'Attachments and placeholders by kind.');
    var m = DATA.media;
    if (!m.length) return empty(s, 'No media.');
    barList(chartBox(s, 'Media kinds', listHeight(m.length)), m.map(function (x) { return x[0]; }),
        m.map(function (x) { return x[1]; }), 'attachments', COLORS[5]);
    table(s, 'media kinds', ['kind', 'attachments'], m, [false, true]);
  }

  function engagement() {
    var s = section('engagement', 'Views and reactions over time', 'Mean views and reactions per post, per ' + BUCKET + ', over the posts that show them.', true);
    var viewed = B.some(function (b) { return b[4] > 0; });
    var reacted = B.some(function (b) { return b[6] > 0; });
    if (!viewed && !reacted) return empty(s, 'These inputs have no view or reaction counts (saved t.me pages and Desktop exports can have them).');
    var series = [];
    if (viewed) {
      series.push({name: 'views per post', type: 'line', showSymbol: B.length < 60, yAxisIndex: 0,
        data: B.filter(function (b) { return b[4] > 0; }).map(function (b) { return [b[0], Math.round(b[3] / b[4])]; })});
    }
    if (reacted) {
      series.push({name: 'reactions per post', type: 'line', showSymbol: B.length < 60, yAxisIndex: viewed ? 1 : 0, itemStyle: {color: COLORS[1]},
        data: B.filter(function (b) { return b[6] > 0; }).map(function (b) { return [b[0], Math.round(10 * b[5] / b[6]) / 10]; })});
    }
    var axes = [{type: 'value', name: viewed ? 'views' : 'reactions', splitLine: {lineStyle: {color: '#eef0f3'}}}];
    if (viewed && reacted) axes.push({type: 'value', name: 'reactions', splitLine: {show: false}});
    draw(chartBox(s, 'Views and reactions per post'), {
      legend: {top: 0, left: 0},
      tooltip: {trigger: 'axis', formatter: function (ps) {
        return tip([bucketLabel(ps[0].value[0])].concat(ps.map(function (p) { return p.seriesName + ': ' + fmt(p.value[1]); })));
      }},
      grid: {left: 12, right: 24, top: 48, bottom: 12, containLabel: true},
      xAxis: timeAxis, yAxis: axes, series: series
    });
    table(s, 'views and reactions per ' + BUCKET, [BUCKET, 'posts', 'posts with views', 'views', 'posts with reactions', 'reactions'],
        B.map(function (b) { return [bucketLabel(b[0]), b[1], b[4], b[3], b[6], b[5]]; }), [false, true, true, true, true, true]);
  }

  header();
  [postsOverTime, heatmap, hashtags, forwards, forwardShare, countries, places, years, mentions, emoji, media, engagement]
      .forEach(function (f) { f(); });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  // Tests and screenshots wait for this: every chart has been drawn.
  document.body.setAttribute('data-ready', 'true');
})();

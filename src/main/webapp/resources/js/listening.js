/* Soundpath: listening exercises (issue 17), on the lesson page and in the lesson editor's preview.
 *
 * The server issues each item and renders its clips, A and B (and for EQ and fault items a hidden X, which is A or B
 * with a noise floor of its own, so its file never equals theirs), as WAV files; this script only plays them and sends
 * the learner's choice. The answer is not in anything this script receives before it sends the choice (the editor's
 * preview, for instructors, is the one exception). Playback is Web Audio: both clips start together, looping, each
 * through its own gain, and switching between them moves the gains, so A, B and X swap without a gap at the same point
 * in the music. The clips come level-matched from the server and share one master gain (the volume slider, starting
 * low): what differs between them is only what the item is about.
 *
 * Keyboard: A / B / X switch clips, Space stops or starts, 1-9 pick an answer, Shift+A / Shift+B say what X is, Enter
 * checks it.
 * window.soundpathListening exposes the player's state (clips loaded, what plays, the output level) for tests. */
(function () {
  'use strict';
  var root = document.querySelector('[data-listening]');
  if (!root) {
    return;
  }
  var mode = root.getAttribute('data-listening');
  var AudioCtx = window.AudioContext || window.webkitAudioContext;

  function $(selector) { return root.querySelector(selector); }
  function text(name, args) {
    var t = root.getAttribute('data-t-' + name) || '';
    (args || []).forEach(function (a, i) { t = t.split('{' + i + '}').join(String(a)); });
    return t;
  }

  var state = {
    mode: mode, context: null, master: null, analyser: null, buffers: {}, urls: {}, sources: [], gains: {},
    playing: null, item: null, answeredThisRound: 0, tone: null, busy: false, done: false
  };
  window.soundpathListening = state;

  var levelStep = $('[data-step="level"]');
  var itemStep = $('[data-step="item"]');
  if (!levelStep || !itemStep) {
    return;
  }
  if (!AudioCtx || !window.fetch) {
    $('[data-unsupported]').hidden = false;
    return;
  }
  var volume = $('[data-volume]');
  var volumeOut = $('[data-volume-out]');
  var nowPlaying = $('[data-now-playing]');
  var feedback = $('[data-feedback]');
  var choicesBox = $('[data-choices]');
  var form = $('[data-answer-form]');
  var nextButton = $('[data-next]');
  var submitButton = $('[data-submit]');
  var toneButton = $('[data-tone]');
  var stopButton = $('[data-stop]');
  var clipButtons = Array.prototype.slice.call(root.querySelectorAll('[data-clip]'));
  var xQuestion = $('[data-x-question]');
  var xInputs = Array.prototype.slice.call(root.querySelectorAll('[data-x-choice]'));

  // The slider is a fader: its square follows loudness better than a straight line, and 40 % (the default) is -16 dB.
  function volumeGain() { return Math.pow(Number(volume.value) / 100, 2); }

  function context() {
    if (!state.context) {
      state.context = new AudioCtx();
      state.master = state.context.createGain();
      state.master.gain.value = volumeGain();
      state.analyser = state.context.createAnalyser();
      state.analyser.fftSize = 2048;
      state.master.connect(state.analyser);
      state.analyser.connect(state.context.destination);
    }
    if (state.context.state === 'suspended') {
      state.context.resume();
    }
    return state.context;
  }

  /** The RMS of what the player sends to the speakers right now (0 when silent). */
  state.outputLevel = function () {
    if (!state.analyser) {
      return 0;
    }
    var data = new Float32Array(state.analyser.fftSize);
    state.analyser.getFloatTimeDomainData(data);
    var sum = 0;
    for (var i = 0; i < data.length; i++) {
      sum += data[i] * data[i];
    }
    return Math.sqrt(sum / data.length);
  };

  function problem(response) {
    return response.json().then(function (p) { return p.detail || p.title || String(response.status); },
      function () { return String(response.status); }).then(function (detail) { throw new Error(detail); });
  }

  function request(url, method, body) {
    var options = { method: method || 'GET', credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (body) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (r) { return r.ok ? r.json() : problem(r); });
  }

  function decode(url) {
    return fetch(url, { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.arrayBuffer() : problem(r); })
      .then(function (bytes) { return context().decodeAudioData(bytes); });
  }

  function stopSources() {
    state.sources.forEach(function (s) { try { s.stop(); } catch (ignored) { /* already stopped */ } });
    state.sources = [];
    state.gains = {};
  }

  function showPlaying() {
    clipButtons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-clip') === state.playing)); });
    nowPlaying.textContent = state.playing ? text('now-playing', [state.playing]) : text(hasX() ? 'stopped-x' : 'stopped');
    nowPlaying.classList.toggle('is-playing', !!state.playing);
  }

  function play(name) {
    if (!state.buffers[name]) {
      return;
    }
    stopTone();
    var ctx = context();
    if (!state.sources.length) {
      var when = ctx.currentTime + 0.03;
      Object.keys(state.buffers).forEach(function (clip) {
        var source = ctx.createBufferSource();
        source.buffer = state.buffers[clip];
        source.loop = true;
        var gain = ctx.createGain();
        gain.gain.value = 0;
        source.connect(gain);
        gain.connect(state.master);
        source.start(when);
        state.sources.push(source);
        state.gains[clip] = gain;
      });
    }
    var t = ctx.currentTime;
    Object.keys(state.gains).forEach(function (clip) {
      var g = state.gains[clip].gain;
      g.cancelScheduledValues(t);
      g.setValueAtTime(g.value, t);
      g.linearRampToValueAtTime(clip === name ? 1 : 0, t + 0.012);
    });
    state.playing = name;
    showPlaying();
  }

  function stop() {
    stopSources();
    state.playing = null;
    showPlaying();
  }

  function stopTone() {
    if (state.tone) {
      try { state.tone.stop(); } catch (ignored) { /* ended */ }
      state.tone = null;
      toneButton.textContent = text('play-tone');
    }
  }

  toneButton.addEventListener('click', function () {
    if (state.tone) {
      stopTone();
      return;
    }
    stop();
    var ctx = context();
    decode(root.getAttribute('data-tone-url')).then(function (buffer) {
      var source = ctx.createBufferSource();
      source.buffer = buffer;
      source.loop = true;
      source.connect(state.master);
      source.start();
      state.tone = source;
      toneButton.textContent = text('stop-tone');
    }, showError);
  });

  volume.addEventListener('input', function () {
    volumeOut.textContent = volume.value + '%';
    if (state.master) {
      state.master.gain.setTargetAtTime(volumeGain(), state.context.currentTime, 0.02);
    }
    try { window.localStorage.setItem('soundpath.listening.volume', volume.value); } catch (ignored) { /* private mode */ }
  });
  try {
    var kept = window.localStorage.getItem('soundpath.listening.volume');
    if (kept !== null && /^\d{1,3}$/.test(kept)) {
      volume.value = Math.min(100, Number(kept));
      volumeOut.textContent = volume.value + '%';
    }
  } catch (ignored) { /* private mode */ }

  clipButtons.forEach(function (b) {
    b.addEventListener('click', function () { play(b.getAttribute('data-clip')); });
  });
  stopButton.addEventListener('click', stop);

  function showError(error) {
    feedback.hidden = false;
    feedback.className = 'feedback listening-feedback wrong';
    feedback.textContent = text('error', [error && error.message ? error.message : error]);
    state.busy = false;
    if (!itemStep.hidden) {
      nextButton.hidden = false; // a way to try again
    }
  }

  /** At once, before anything is fetched: the old item cannot be played or answered while the next one loads. */
  function loading() {
    stop();
    nextButton.hidden = true;
    clipButtons.forEach(function (b) { b.disabled = true; });
    stopButton.disabled = true;
    submitButton.disabled = true;
    nowPlaying.textContent = text('loading');
  }

  // ---- items ---------------------------------------------------------------------------------------------------------

  function showItem(item, clipUrl) {
    state.item = item;
    state.buffers = {};
    state.done = false;
    stop();
    nowPlaying.textContent = text('loading');
    clipButtons.forEach(function (b) { b.disabled = true; });
    stopButton.disabled = true;
    feedback.hidden = true;
    feedback.textContent = '';
    nextButton.hidden = true;
    submitButton.disabled = false;
    $('[data-choice-error]').textContent = '';
    $('[data-prompt]').textContent = item.prompt;
    $('[data-item-line]').textContent = text('item', [Math.min(state.answeredThisRound + 1, round()), round(), item.level,
      item.levelFrom || root.getAttribute('data-level-from'), item.levelTo || root.getAttribute('data-level-to')]);
    var withX = item.clips.indexOf('X') >= 0;
    $('[data-shortcuts]').textContent = text(withX ? 'shortcuts-x' : 'shortcuts', [item.choices.length]);
    xQuestion.hidden = !withX;
    xInputs.forEach(function (i) { i.checked = false; i.disabled = false; });
    clipButtons.forEach(function (b) { b.hidden = item.clips.indexOf(b.getAttribute('data-clip')) < 0; });
    choicesBox.innerHTML = '';
    item.choices.forEach(function (choice, i) {
      var id = 'listening-choice-' + i;
      var row = document.createElement('div');
      row.className = 'option';
      var input = document.createElement('input');
      input.type = 'radio';
      input.name = 'listening-choice';
      input.id = id;
      input.value = choice.value;
      var label = document.createElement('label');
      label.htmlFor = id;
      label.innerHTML = '<kbd></kbd> ';
      label.firstChild.textContent = String(i + 1);
      label.appendChild(document.createTextNode(choice.label));
      row.appendChild(input);
      row.appendChild(label);
      choicesBox.appendChild(row);
    });
    state.urls = {};
    var loads = item.clips.map(function (clip) {
      var url = clipUrl(clip);
      state.urls[clip] = url;
      return decode(url).then(function (buffer) { state.buffers[clip] = buffer; });
    });
    return Promise.all(loads).then(function () {
      clipButtons.forEach(function (b) { b.disabled = !state.buffers[b.getAttribute('data-clip')]; });
      stopButton.disabled = false;
      state.busy = false;
      showPlaying();
    });
  }

  function round() { return Number(root.getAttribute('data-round')) || 10; }

  function chosen() {
    var checked = choicesBox.querySelector('input:checked');
    return checked ? checked.value : null;
  }

  function chosenX() {
    var checked = xInputs.filter(function (i) { return i.checked; })[0];
    return checked ? checked.value : null;
  }

  function hasX() { return !!state.item && state.item.clips.indexOf('X') >= 0; }

  function showOutcome(correct, answerLabel, explanation, extra) {
    feedback.hidden = false;
    feedback.className = 'feedback listening-feedback ' + (correct ? 'right' : 'wrong');
    feedback.innerHTML = '';
    var verdict = document.createElement('p');
    var strong = document.createElement('strong');
    strong.textContent = correct ? text('right') : text('wrong', [answerLabel]);
    verdict.appendChild(strong);
    feedback.appendChild(verdict);
    var why = document.createElement('p');
    why.textContent = explanation;
    feedback.appendChild(why);
    (extra || []).forEach(function (line) {
      var p = document.createElement('p');
      p.className = line.className || '';
      p.textContent = line.text;
      feedback.appendChild(p);
    });
    choicesBox.querySelectorAll('input').forEach(function (i) { i.disabled = true; });
    xInputs.forEach(function (i) { i.disabled = true; });
    submitButton.disabled = true;
    nextButton.hidden = false;
    state.done = true;
    nextButton.focus();
  }

  function showStanding(status) {
    var bar = $('[data-accuracy]');
    var line = $('[data-progress]');
    if (!bar || !line) {
      return;
    }
    bar.value = status.accuracy;
    line.textContent = status.answered === 0 ? text('progress-none')
      : text('progress', [status.answered, status.window, status.accuracy]);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (state.busy || state.done || !state.item) {
      return;
    }
    var choice = chosen();
    if (!choice) {
      $('[data-choice-error]').textContent = text('choose-first');
      var first = choicesBox.querySelector('input');
      if (first) {
        first.focus();
      }
      return;
    }
    var x = chosenX();
    if (hasX() && !x) {
      $('[data-choice-error]').textContent = text('choose-x-first');
      xInputs[0].focus();
      return;
    }
    $('[data-choice-error]').textContent = '';
    if (mode === 'preview') {
      var item = state.item;
      showOutcome(choice === item.answer && (!item.x || x === item.x), item.answerLabel, item.explanation);
      return;
    }
    state.busy = true;
    var body = hasX() ? { choice: choice, x: x } : { choice: choice };
    request(root.getAttribute('data-items-url') + state.item.id + '/answer', 'POST', body)
      .then(function (outcome) {
        state.busy = false;
        state.answeredThisRound++;
        var extra = [];
        if (outcome.passedNow) {
          extra.push({ text: text('passed-now', [outcome.accuracy, outcome.window]), className: 'done-note' });
        }
        if (outcome.lessonCompleted) {
          extra.push({ text: text('lesson-complete'), className: 'done-note' });
        }
        if (state.answeredThisRound >= round()) {
          extra.push({ text: text('round-done') });
          state.answeredThisRound = 0;
        }
        state.outcome = outcome;
        showOutcome(outcome.correct, outcome.answerLabel, outcome.explanation, extra);
        showStanding(outcome);
      }, showError);
  });

  function next() {
    if (state.busy) {
      return;
    }
    state.busy = true;
    loading();
    if (mode === 'preview') {
      var kind = document.getElementById(root.getAttribute('data-kind-field'));
      var level = $('[data-preview-level]');
      var base = root.getAttribute('data-preview-url');
      var k = kind ? kind.value : root.getAttribute('data-kind');
      if (!k) {
        showError(new Error(text('choose-kind')));
        return;
      }
      request(base + encodeURIComponent(k) + '/' + encodeURIComponent(level.value)).then(function (item) {
        return showItem(item, function (clip) {
          return base + encodeURIComponent(item.kind) + '/' + item.level + '/' + item.seed + '/clips/' + clip;
        });
      }).catch(showError);
      return;
    }
    request(root.getAttribute('data-issue-url'), 'POST').then(function (item) {
      return showItem(item, function (clip) { return root.getAttribute('data-items-url') + item.id + '/clips/' + clip; });
    }).catch(showError);
  }

  nextButton.addEventListener('click', next);

  $('[data-start]').addEventListener('click', function () {
    context();
    stopTone();
    levelStep.hidden = true;
    itemStep.hidden = false;
    next();
  });

  document.addEventListener('keydown', function (event) {
    if (itemStep.hidden || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var target = event.target;
    var typing = target && (/^(TEXTAREA|SELECT)$/.test(target.tagName)
      || target.tagName === 'INPUT' && !/^(radio|checkbox)$/.test(target.type));
    if (typing) {
      return;
    }
    var key = event.key;
    if (event.shiftKey && hasX() && /^[abAB]$/.test(key)) {
      var xInput = xInputs.filter(function (i) { return i.value === key.toUpperCase(); })[0];
      if (!state.done && xInput) {
        xInput.checked = true;
        xInput.focus();
        event.preventDefault();
      }
    } else if (/^[abxABX]$/.test(key)) {
      play(key.toUpperCase());
      event.preventDefault();
    } else if (key === ' ' && target.tagName !== 'BUTTON') {
      if (state.playing) {
        stop();
      } else {
        play('A');
      }
      event.preventDefault();
    } else if (/^[1-9]$/.test(key) && !state.done) {
      var inputs = choicesBox.querySelectorAll('input');
      var input = inputs[Number(key) - 1];
      if (input) {
        input.checked = true;
        input.focus();
        event.preventDefault();
      }
    } else if (key === 'Enter' && target.tagName === 'INPUT' && !state.done) {
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit', { cancelable: true }));
      event.preventDefault();
    }
  });

  // ---- start -----------------------------------------------------------------------------------------------------------

  levelStep.hidden = false;
  if (mode === 'learn') {
    request(root.getAttribute('data-status-url')).then(showStanding, function () { /* shown when they start */ });
  }
}());

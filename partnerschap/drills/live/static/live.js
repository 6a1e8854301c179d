// partnerschap drill live: the trainee's phone page and the projector page.
// Served by the trainer's laptop; no framework, no third-party code. Every text comes from the
// JSON block #texts; data is only ever put into the page as text (never as HTML).
"use strict";

(function () {
  const body = document.body;
  const role = body.dataset.role;
  const code = body.dataset.code;
  const T = JSON.parse(document.getElementById("texts").textContent);
  const storeKey = "partnerschap-live-" + code;
  let socket = null;
  let retry = 0;
  let view = null;
  let timerEnd = null;
  let ticker = null;
  let closed = false; // the trainer has stopped the session: no reconnecting

  function text(key, params) {
    let s = T[key] || key;
    for (const [k, v] of Object.entries(params || {})) s = s.split("{" + k + "}").join(String(v));
    return s;
  }

  // "1 casus", "3 casussen": the key for one ends in _one.
  function plural(key, count) {
    return count === 1 ? text(key + "_one", { count: count }) : text(key, { count: count });
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "testid") node.dataset.testid = v;
      else if (k === "onclick") node.addEventListener("click", v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
    }
    return node;
  }

  function paragraphs(s, cls) {
    return String(s)
      .split(/\n\s*\n/)
      .map((part) => el("p", { class: cls }, part.trim()));
  }

  function bar(percent, cls) {
    const fill = el("div", { class: "fill" });
    fill.style.width = Math.max(0, Math.min(100, percent)) + "%";
    return el("div", { class: "bar " + (cls || "") }, fill);
  }

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }

  // --- connection -------------------------------------------------------------------------

  function connect() {
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + "/" + code + "/ws");
    socket.addEventListener("open", () => {
      retry = 0;
      document.getElementById("offline").hidden = true;
      if (role === "projector") {
        send({ type: "hello", secret: decodeURIComponent(location.hash.slice(1)) });
      } else {
        send({ type: "hello", token: localStorage.getItem(storeKey) });
      }
    });
    socket.addEventListener("message", (event) => receive(JSON.parse(event.data)));
    socket.addEventListener("close", () => {
      if (closed) return;
      document.getElementById("offline").hidden = false;
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 250 * 2 ** retry);
    });
  }

  function receive(message) {
    if (message.type === "state") {
      view = message.view;
      draw();
    } else if (message.type === "closed") {
      showClosed();
    } else if (message.type === "need_join") {
      showJoin(true);
    } else if (message.type === "joined") {
      localStorage.setItem(storeKey, message.token);
      showJoin(false);
    } else if (message.type === "error") {
      if (message.key === "live.error.not_trainer") {
        document.getElementById("not-trainer").hidden = false;
        document.getElementById("controls").hidden = true;
      } else if (message.key === "live.error.unknown_trainee") {
        localStorage.removeItem(storeKey);
        showJoin(true);
        showError(message.text);
      } else {
        showError(message.text);
      }
    }
  }

  // The session has stopped: what is on the screen stays (a phone keeps its score), nothing
  // can be tapped or controlled any more, and the page says so.
  function showClosed() {
    closed = true;
    clearInterval(ticker);
    ticker = null;
    const timer = document.getElementById("timer");
    if (timer) timer.hidden = true;
    document.getElementById("offline").hidden = true;
    document.getElementById("closed").hidden = false;
    document.querySelectorAll("button").forEach((b) => (b.disabled = true));
    const controls = document.getElementById("controls");
    if (controls) controls.hidden = true;
  }

  function showError(message) {
    const target = document.getElementById("join-error") || null;
    const joining = target && !document.getElementById("join").hidden;
    if (joining) {
      target.textContent = message;
      return;
    }
    const note = document.getElementById("note");
    if (note) {
      note.textContent = message;
      note.classList.add("error");
    }
  }

  // --- countdown --------------------------------------------------------------------------

  function setTimer(timer) {
    clearInterval(ticker);
    ticker = null;
    timerEnd = timer ? Date.now() + timer.left * 1000 : null;
    if (timerEnd) ticker = setInterval(tick, 250);
    tick();
  }

  function tick() {
    const node = document.getElementById("timer");
    if (!node) return;
    if (!timerEnd) {
      node.hidden = true;
      return;
    }
    const left = Math.max(0, Math.ceil((timerEnd - Date.now()) / 1000));
    node.hidden = false;
    node.classList.toggle("warn", left <= 10);
    node.textContent =
      left > 0
        ? text("live.page.time_left", {
            time: Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0"),
          })
        : text("live.page.time_up");
    if (left === 0) {
      clearInterval(ticker);
      document.querySelectorAll(".option").forEach((b) => {
        if (role === "trainee") b.disabled = true;
      });
    }
  }

  // --- trainee ------------------------------------------------------------------------------

  function showJoin(open) {
    const join = document.getElementById("join");
    if (!join) return;
    join.hidden = !open;
    document.getElementById("screen").hidden = open;
    if (open) {
      const input = document.getElementById("join-name");
      if (input) input.focus();
    }
  }

  function caseHeader(c) {
    return el(
      "header",
      { class: "case-head" },
      el("span", { class: "case-title", testid: "case-title" }, c.title),
      el("span", { class: "kind" }, c.kind),
      el("span", { id: "timer", class: "timer", hidden: true })
    );
  }

  function drawTrainee(screen) {
    const v = view;
    if (v.phase === "lobby") {
      screen.append(
        el("h1", {}, v.name ? text("live.page.hello", { name: v.name }) : text("live.page.join_heading")),
        el("p", { class: "big" }, text("live.page.waiting"))
      );
      return;
    }
    if (v.phase === "end") {
      screen.append(
        el("h1", {}, text("live.page.your_score")),
        el(
          "p",
          { class: "big", testid: "my-score" },
          text("live.page.score_line", {
            right: v.right,
            answered: v.answered,
            cases: plural("live.page.cases", v.cases),
          })
        ),
        scoreList(v.principles),
        el("p", {}, text("live.page.thanks"))
      );
      return;
    }
    const c = v.case;
    const revealed = v.phase === "revealed";
    screen.append(caseHeader(c), ...paragraphs(c.vignette, "vignette"));
    if (c.question) screen.append(el("p", { class: "question" }, c.question));
    const list = el("div", { class: "options" });
    c.options.forEach((label, i) => {
      const number = i + 1;
      const chosen = v.chosen === number;
      const classes = ["option"];
      if (chosen) classes.push("chosen");
      if (revealed && number === c.correct) classes.push("correct");
      if (revealed && chosen && number !== c.correct) classes.push("wrong");
      list.append(
        el(
          "button",
          {
            type: "button",
            class: classes.join(" "),
            testid: "option-" + number,
            "aria-pressed": chosen ? "true" : "false",
            disabled: revealed || !v.open,
            onclick: (ev) => {
              send({ type: "answer", case: c.number, number: number });
              document.querySelectorAll(".option").forEach((b) => b.classList.remove("chosen"));
              ev.currentTarget.classList.add("chosen");
            },
          },
          el("span", { class: "num" }, number),
          el("span", { class: "label" }, label),
          revealed && number === c.correct ? el("span", { class: "mark" }, "✓") : null
        )
      );
    });
    screen.append(list);
    if (!revealed) {
      const note = !v.open ? text("live.page.time_up") : v.chosen ? text("live.page.chosen") : text("live.page.pick");
      screen.append(el("p", { id: "note", class: "note" }, note));
      return;
    }
    let verdict;
    if (v.right === true) verdict = el("p", { class: "verdict right", testid: "verdict" }, text("live.page.right"));
    else if (v.right === false)
      verdict = el("p", { class: "verdict wrong", testid: "verdict" }, text("live.page.wrong", { number: c.correct }));
    else verdict = el("p", { class: "verdict none", testid: "verdict" }, text("live.page.no_answer", { number: c.correct }));
    screen.append(
      verdict,
      el("h2", {}, text("live.page.explanation")),
      ...paragraphs(c.explanation, "explanation"),
      el("p", { id: "note", class: "note" }, text("live.page.wait_next"))
    );
  }

  function scoreList(rows) {
    const list = el("ul", { class: "scores" });
    for (const row of rows) {
      list.append(
        el(
          "li",
          {},
          el("span", { class: "score-title" }, row.title),
          bar(row.percent, row.percent >= 75 ? "good" : row.percent >= 50 ? "fair" : "low"),
          el("span", { class: "score-num" }, row.right + "/" + row.total + " · " + row.percent + "%")
        )
      );
    }
    return list;
  }

  // --- projector ----------------------------------------------------------------------------

  function control(action) {
    send({ type: "control", action: action });
  }

  function drawProjector(screen) {
    const v = view;
    const lobby = document.getElementById("lobby");
    lobby.hidden = v.phase !== "lobby";
    document.getElementById("corner").hidden = v.phase === "lobby" || v.phase === "end";
    const buttons = {
      previous: document.getElementById("previous"),
      reveal: document.getElementById("reveal"),
      next: document.getElementById("next"),
      end: document.getElementById("end"),
    };
    buttons.previous.hidden = v.phase === "lobby" || (v.first && v.phase !== "end");
    buttons.reveal.hidden = v.phase !== "question";
    buttons.next.hidden = v.phase === "end";
    buttons.next.textContent =
      v.phase === "lobby" ? text("live.page.start") : v.last ? text("live.page.to_end") : text("live.page.next");
    buttons.end.hidden = v.phase === "end";
    if (v.phase === "lobby") {
      document.getElementById("joined").textContent = v.joined
        ? text("live.page.joined", { count: v.joined })
        : text("live.page.nobody");
      const names = document.getElementById("names");
      names.replaceChildren(...(v.names || []).map((n) => el("li", {}, n)));
      return;
    }
    if (v.phase === "end") {
      screen.append(el("h1", {}, text("live.page.class_result")));
      screen.append(el("p", { class: "summary" }, text("live.page.end_summary", {
            cases: plural("live.page.cases", v.cases),
            joined: plural("live.page.trainees", v.joined),
          })));
      if (v.principles.length) screen.append(scoreList(v.principles));
      else screen.append(el("p", {}, text("live.page.nothing_answered")));
      screen.append(el("h2", {}, text("live.page.hardest")));
      if (v.hardest.length) {
        screen.append(
          el(
            "ol",
            { class: "hardest" },
            v.hardest.map((h) =>
              el(
                "li",
                {},
                el("strong", {}, text("live.page.hardest_line", { number: h.number, percent: h.percent, answer: h.answer })),
                el("span", { class: "snippet" }, h.vignette)
              )
            )
          )
        );
      } else {
        screen.append(el("p", {}, text("live.page.no_hardest")));
      }
      if (v.ranking) {
        screen.append(
          el("h2", {}, text("live.page.ranking")),
          el("ol", { class: "ranking" }, v.ranking.map((r) => el("li", {}, text("live.page.ranking_line", r))))
        );
      }
      return;
    }
    const c = v.case;
    const revealed = v.phase === "revealed";
    const count = el(
      "span",
      { class: "answered" },
      el("strong", { testid: "answered-count" }, v.answered),
      " / " + v.joined + " " + text("live.page.answered")
    );
    const head = caseHeader(c);
    head.append(count);
    screen.append(head);
    const left = el("div", { class: "case-text" }, ...paragraphs(c.vignette, "vignette"));
    if (c.question) left.append(el("p", { class: "question" }, c.question));
    const list = el("ol", { class: "options" });
    c.options.forEach((label, i) => {
      const number = i + 1;
      const correct = revealed && number === c.correct;
      const item = el(
        "li",
        { class: "option" + (correct ? " correct" : revealed ? " dim" : "") },
        el("span", { class: "num" }, number),
        el(
          "span",
          { class: "label" },
          label,
          revealed && c.pitfalls[i] ? el("span", { class: "pitfall" }, " (" + c.pitfalls[i] + ")") : null
        ),
        correct ? el("span", { class: "mark" }, "✓ " + text("live.page.right_answer")) : null
      );
      if (revealed) {
        const share = v.shares[i];
        item.append(
          el(
            "div",
            { class: "share" },
            bar(share.percent, correct ? "good" : "other"),
            el("span", { class: "pct", testid: "share-" + number }, share.percent + "%"),
            el(
              "span",
              { class: "votes" },
              share.count === 1 ? text("live.page.vote") : text("live.page.votes", { count: share.count })
            )
          )
        );
      }
      list.append(item);
    });
    left.append(list);
    screen.append(left);
    if (revealed) {
      const side = el("div", { class: "answer-text" }, el("h2", {}, text("live.page.explanation")), ...paragraphs(c.explanation));
      for (const group of v.examples || []) {
        side.append(el("h3", {}, group.heading), el("ul", {}, group.questions.map((q) => el("li", {}, q))));
      }
      screen.append(side);
    }
    screen.classList.toggle("revealed", revealed);
  }

  // --- drawing ----------------------------------------------------------------------------

  let shownScreen = null;

  function draw() {
    const screen = document.getElementById("screen");
    screen.replaceChildren();
    screen.className = "phase-" + view.phase;
    if (role === "projector") drawProjector(screen);
    else {
      showJoin(false);
      drawTrainee(screen);
    }
    setTimer(view.timer || null);
    // A new screen starts at its top (not where the last one was scrolled to); at the reveal
    // a phone shows its verdict, wherever it was scrolled.
    const now = view.phase + ":" + (view.case ? view.case.number : "");
    if (now !== shownScreen) {
      const verdict = document.querySelector("[data-testid=verdict]");
      if (view.phase === "revealed" && verdict && shownScreen === "question:" + view.case.number) {
        const box = verdict.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight) verdict.scrollIntoView({ block: "center" });
      } else {
        window.scrollTo(0, 0);
      }
      shownScreen = now;
    }
  }

  if (role === "projector") {
    for (const action of ["previous", "reveal", "next", "end"]) {
      document.getElementById(action).addEventListener("click", () => control(action));
    }
    document.addEventListener("keydown", (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const forward = [" ", "Enter", "ArrowRight", "PageDown", "n"];
      const back = ["ArrowLeft", "PageUp", "Backspace", "b", "p"];
      if (event.target.tagName === "BUTTON" && (event.key === " " || event.key === "Enter")) return;
      if (forward.includes(event.key)) control("forward");
      else if (back.includes(event.key)) control("previous");
      else if (event.key === "t") control("timer");
      else return;
      event.preventDefault();
    });
  } else {
    document.getElementById("join-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const input = document.getElementById("join-name");
      document.getElementById("join-error").textContent = "";
      send({ type: "join", name: input ? input.value : null });
    });
  }
  connect();
})();

// Jobwright's page script: errors as toasts, keyboard shortcuts, the search palette, multi-select with bulk actions
// and live progress. Plain JavaScript, no build step; htmx does the page swaps.
(() => {
    "use strict";
    const $ = (selector, root = document) => root.querySelector(selector);
    const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));
    const csrf = () => document.body.dataset.csrf || "";

    // ---- Toasts ------------------------------------------------------------------------------------------------
    function toast(message, kind) {
        const box = $("#toasts");
        if (!box) return;
        const item = document.createElement("div");
        item.className = "toast" + (kind ? " " + kind : "");
        item.textContent = message;
        box.append(item);
        setTimeout(() => item.remove(), kind === "error" ? 9000 : 5000);
    }
    window.jobwrightToast = toast;

    function errorMessage(text, status) {
        try {
            const body = JSON.parse(text);
            if (body && body.error && body.error.message) return body.error.message;
        } catch (ignored) { /* not JSON */ }
        return status === 0 ? "The server could not be reached; check your connection." : "The request failed (" + status + ").";
    }

    document.addEventListener("htmx:responseError", (event) => {
        const xhr = event.detail.xhr;
        if (xhr.status === 401) { location.assign("/login?next=" + encodeURIComponent(location.pathname + location.search)); return; }
        const verb = event.detail.elt && event.detail.elt.closest("[data-action]");
        const what = verb ? verb.querySelector("button").textContent.trim() + " failed: " : "";
        toast(what + errorMessage(xhr.responseText, xhr.status), "error");
    });
    document.addEventListener("htmx:sendError", () => toast("The server could not be reached; check your connection.", "error"));

    // Long actions say what is happening while they run.
    document.addEventListener("htmx:beforeRequest", (event) => {
        const form = event.detail.elt.closest && event.detail.elt.closest("form[data-action]");
        if (!form) return;
        $$("button", form).forEach((b) => b.setAttribute("aria-busy", "true"));
        const submitter = event.detail.requestConfig && event.detail.requestConfig.triggeringEvent
            && event.detail.requestConfig.triggeringEvent.submitter;
        const intent = submitter ? submitter.value : "";
        if (["finalize", "regenerate"].includes(form.dataset.action) || (form.dataset.action === "tailor" && intent !== "save")) {
            const note = $("[data-busy-note]", form.closest("#panel") || document);
            if (note) note.hidden = false;
        }
    });
    document.addEventListener("htmx:afterRequest", (event) => {
        const form = event.detail.elt.closest && event.detail.elt.closest("form[data-action]");
        if (form) $$("button", form).forEach((b) => b.removeAttribute("aria-busy"));
        const note = $("[data-busy-note]");
        if (note && !event.detail.successful) note.hidden = true;
    });

    // A select marked data-autosubmit submits its form when changed.
    document.addEventListener("change", (event) => {
        if (event.target.matches("select[data-autosubmit]")) event.target.form.requestSubmit();
    });

    // ---- LLM connection test (onboarding and settings) ----------------------------------------------------------
    document.addEventListener("click", async (event) => {
        const button = event.target.closest("[data-llm-test]");
        if (!button) return;
        const form = button.form;
        const out = $("[data-llm-test-result]", form);
        const body = {};
        for (const [field, key] of [["llmProvider", "provider"], ["llmBaseUrl", "baseUrl"], ["model", "model"], ["llmApiKey", "apiKey"]]) {
            const input = form.elements[field];
            if (input && input.value.trim()) body[key] = input.value.trim();
        }
        button.setAttribute("aria-busy", "true");
        out.textContent = "Testing the connection…";
        try {
            const response = await fetch("/api/settings/llm/test", {
                method: "POST", credentials: "same-origin",
                headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf() }, body: JSON.stringify(body),
            });
            const text = await response.text();
            if (!response.ok) throw new Error(errorMessage(text, response.status));
            const data = JSON.parse(text).data;
            out.textContent = data.ok ? "Connected: " + data.provider + (data.model ? " / " + data.model : "") + " answered in " + data.latencyMs + " ms."
                : "Not connected: " + data.message;
        } catch (error) {
            out.textContent = "Test failed: " + error.message;
        } finally {
            button.removeAttribute("aria-busy");
        }
    });

    // ---- Dialogs -----------------------------------------------------------------------------------------------
    const openDialog = () => $("dialog[open]");
    function toggleHelp() {
        const help = $("#help");
        if (!help) return;
        if (help.open) help.close(); else help.showModal();
    }
    document.addEventListener("click", (event) => {
        if (event.target.closest("[data-open-help]")) toggleHelp();
        if (event.target.closest("[data-open-palette]")) palette.open();
    });

    // ---- Selection and bulk actions ----------------------------------------------------------------------------
    const selection = { tab: null, filter: null, ids: new Set() };
    function syncSelection() {
        const workspace = $("#workspace");
        if (!workspace) return;
        if (selection.tab !== workspace.dataset.tab) { selection.tab = workspace.dataset.tab; selection.ids.clear(); }
        if (selection.filter !== workspace.dataset.ids) { selection.filter = workspace.dataset.ids; pruneSelection(selection.filter); }
        $$(".row", workspace).forEach((row) => {
            const picked = selection.ids.has(row.dataset.id);
            row.classList.toggle("picked", picked);
            const box = $(".pick", row);
            if (box) box.checked = picked;
        });
        const bar = $("#bulkbar");
        if (bar) {
            bar.hidden = selection.ids.size === 0 && !bar.dataset.running;
            $("[data-selected-count]", bar).textContent = String(selection.ids.size);
        }
    }
    // A new search or filter keeps only the selected jobs it still shows (when it shows no more than one bulk action
    // takes; beyond that the selection is left as it is).
    async function pruneSelection(idsUrl) {
        if (!selection.ids.size || !idsUrl) return;
        try {
            const picked = await filteredIds(idsUrl);
            if (selection.filter !== idsUrl || picked.total > picked.ids.length) return;
            const shown = new Set(picked.ids);
            const before = selection.ids.size;
            selection.ids = new Set(Array.from(selection.ids).filter((id) => shown.has(id)));
            if (selection.ids.size !== before) syncSelection();
        } catch (ignored) { /* keep the selection */ }
    }
    function toggle(id) {
        if (selection.ids.has(id)) selection.ids.delete(id); else selection.ids.add(id);
        syncSelection();
    }
    function clearSelection() { selection.ids.clear(); syncSelection(); }
    document.addEventListener("change", (event) => {
        if (event.target.matches("[data-pick]")) toggle(event.target.dataset.pick);
    });
    document.addEventListener("click", (event) => {
        const button = event.target.closest("[data-bulk]");
        if (button) bulk(button.dataset.bulk);
        if (event.target.closest("[data-bulk-clear]")) clearSelection();
    });
    document.addEventListener("htmx:afterSettle", syncSelection);
    document.addEventListener("DOMContentLoaded", syncSelection);

    // The ids of the jobs a list shows under its filters, in its order: {ids, total, limit} (see JobPages).
    async function filteredIds(url) {
        const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(errorMessage(await response.text(), response.status));
        return response.json();
    }

    // "Select all": every job the list shows under its filters (on every page), up to what one bulk action takes.
    async function selectAll(url) {
        try {
            const picked = await filteredIds(url);
            selection.ids = new Set(picked.ids);
            syncSelection();
            toast(picked.total > picked.ids.length
                ? "Selected the first " + picked.ids.length + " of " + picked.total + " jobs: one bulk action takes at most " + picked.limit + "."
                : "Selected all " + picked.ids.length + " jobs.");
        } catch (error) {
            toast("Could not select the jobs: " + error.message, "error");
        }
    }
    document.addEventListener("click", (event) => {
        const all = event.target.closest("[data-select-all]");
        if (all) selectAll(all.dataset.selectAll);
    });

    function refreshWorkspace() {
        if (!$("#workspace")) return Promise.resolve();
        return htmx.ajax("GET", location.pathname + location.search, { target: "#workspace", select: "#workspace", swap: "outerHTML" });
    }

    async function bulk(action) {
        const ids = Array.from(selection.ids).slice(0, 500);
        const left = selection.ids.size - ids.length;
        const bar = $("#bulkbar");
        if (ids.length === 0 || !bar || bar.dataset.running) return;
        const progress = $("[data-bulk-progress]", bar);
        const status = $("[data-bulk-status]", bar);
        const names = { skip: "Skipping", move_to_ready: "Moving to Ready", rescore: "Rescoring" };
        bar.dataset.running = "true";
        $$("button", bar).forEach((b) => { b.disabled = true; });
        progress.hidden = false; progress.max = ids.length; progress.value = 0;
        status.textContent = names[action] + " 0 of " + ids.length + "…";
        let final = null;
        try {
            const response = await fetch("/api/jobs/actions/stream", {
                method: "POST", credentials: "same-origin",
                headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf() },
                body: JSON.stringify({ action, jobIds: ids }),
            });
            if (!response.ok) throw new Error(errorMessage(await response.text(), response.status));
            const reader = response.body.getReader();
            const decoder = new TextDecoder();
            let buffer = "";
            for (;;) {
                const { value, done } = await reader.read();
                if (done) break;
                buffer += decoder.decode(value, { stream: true });
                let cut;
                while ((cut = buffer.indexOf("\n\n")) >= 0) {
                    const chunk = buffer.slice(0, cut); buffer = buffer.slice(cut + 2);
                    const line = chunk.split("\n").find((l) => l.startsWith("data: "));
                    if (!line) continue;
                    const event = JSON.parse(line.slice(6));
                    progress.value = event.completed || 0;
                    status.textContent = names[action] + " " + (event.completed || 0) + " of " + ids.length + "…";
                    if (event.type === "completed") final = event;
                }
            }
            if (!final) throw new Error("the server stopped before reporting every job");
            const failed = final.results.filter((r) => !r.ok);
            status.textContent = "Done: " + final.succeeded + " succeeded" + (failed.length ? ", " + failed.length + " failed" : "") + "."
                + (left > 0 ? " " + left + " still selected: run it again for them (500 at a time)." : "");
            if (failed.length) toast(failed.length + " job(s) failed: " + failed[0].error.message, "error");
            else toast(status.textContent);
            ids.forEach((id) => selection.ids.delete(id));
        } catch (error) {
            status.textContent = "";
            toast("Bulk action failed: " + error.message, "error");
        } finally {
            delete bar.dataset.running;
            $$("button", bar).forEach((b) => { b.disabled = false; });
            progress.hidden = true;
            await refreshWorkspace();
            syncSelection();
        }
    }

    // ---- Live list ---------------------------------------------------------------------------------------------
    // While the jobs page is open and visible, a cheap revision check every few seconds; when any job changed (a run
    // imported postings, a PDF became ready), the rows and tab counts are fetched again. The open job's panel is left
    // alone, so nothing typed there is lost; the list keeps its scroll position and the selection.
    let listRevision = null;
    async function refreshListIfChanged() {
        const workspace = $("#workspace");
        const bar = $("#bulkbar");
        if (!workspace || document.visibilityState !== "visible" || (bar && bar.dataset.running)) return;
        try {
            const response = await fetch("/api/jobs/revision", { credentials: "same-origin" });
            if (!response.ok) return;
            const revision = (await response.json()).data.revision;
            const changed = listRevision !== null && revision !== listRevision;
            listRevision = revision;
            if (!changed) return;
            const page = await fetch(location.pathname + location.search, { credentials: "same-origin", headers: { "HX-Request": "true", "HX-Target": "workspace" } });
            if (!page.ok) return;
            const fresh = new DOMParser().parseFromString(await page.text(), "text/html");
            const list = $("#workspace .list"), freshList = $(".list", fresh), tabs = $("#workspace .tabs"), freshTabs = $(".tabs", fresh);
            if (!list || !freshList || !tabs || !freshTabs || $("#workspace") !== workspace) return;
            // Only when something shown differs: the user's own actions already refreshed what they changed.
            const shown = (root) => root.textContent.replace(/\s+/g, " ") + "|" + $$(".row", root).map((r) => r.dataset.id + r.dataset.status).join(",");
            if (shown(list) === shown(freshList) && shown(tabs) === shown(freshTabs)) return;
            const scrolled = list.scrollTop;
            list.innerHTML = freshList.innerHTML;
            list.scrollTop = scrolled;
            tabs.innerHTML = freshTabs.innerHTML;
            htmx.process(list);
            htmx.process(tabs);
            syncSelection();
        } catch (ignored) { /* offline for a moment: try again next time */ }
    }
    setInterval(refreshListIfChanged, 5000);
    document.addEventListener("DOMContentLoaded", refreshListIfChanged);

    // ---- Search palette ----------------------------------------------------------------------------------------
    const LOCKS = { ready: "ready", rdy: "ready", disc: "discovered,processing", discovered: "discovered,processing",
        app: "applied,in_progress", applied: "applied,in_progress", skp: "skipped", skipped: "skipped",
        exp: "expired", expired: "expired", all: "" };
    const palette = {
        lock: null, timer: null, results: [], index: 0,
        open() {
            const dialog = $("#palette");
            if (!dialog || dialog.open) return;
            this.setLock(null);
            $("[data-palette-input]", dialog).value = "";
            this.render([]);
            dialog.showModal();
            $("[data-palette-input]", dialog).focus();
            this.search();
        },
        setLock(key) {
            this.lock = key;
            const badge = $("[data-palette-lock]");
            if (badge) { badge.hidden = !key; badge.textContent = key ? "@" + key : ""; }
        },
        search() {
            clearTimeout(this.timer);
            this.timer = setTimeout(async () => {
                const text = $("[data-palette-input]").value.trim();
                if (text.startsWith("@")) return;
                const params = new URLSearchParams({ view: "list", limit: "20", sort: "suitabilityScore:desc" });
                if (text) params.set("q", text);
                const statuses = this.lock ? LOCKS[this.lock] : "";
                if (statuses) params.set("status", statuses);
                try {
                    const response = await fetch("/api/jobs?" + params, { credentials: "same-origin" });
                    if (!response.ok) throw new Error(errorMessage(await response.text(), response.status));
                    const body = await response.json();
                    this.render(body.data.jobs);
                } catch (error) { toast("Search failed: " + error.message, "error"); }
            }, 120);
        },
        render(jobs) {
            const list = $("[data-palette-results]");
            if (!list) return;
            list.replaceChildren();
            this.results = jobs; this.index = 0;
            const groups = [["Ready", ["ready"]], ["Discovered", ["discovered", "processing"]],
                ["Applied", ["applied", "in_progress"]], ["Other", ["skipped", "expired"]]];
            let n = 0;
            const ordered = [];
            for (const [label, statuses] of groups) {
                const members = jobs.filter((j) => statuses.includes(j.status));
                if (!members.length) continue;
                const head = document.createElement("li");
                head.className = "group"; head.textContent = label; head.setAttribute("role", "presentation");
                list.append(head);
                for (const job of members) {
                    const item = document.createElement("li");
                    item.setAttribute("role", "option");
                    item.dataset.index = String(n++);
                    item.textContent = job.title + " · " + (job.employer || "") + (job.location ? " · " + job.location : "");
                    item.addEventListener("click", () => this.choose(job));
                    list.append(item);
                    ordered.push(job);
                }
            }
            if (!ordered.length) {
                const none = document.createElement("li");
                none.className = "group"; none.textContent = "No matching jobs";
                list.append(none);
            }
            this.results = ordered;
            this.highlight();
        },
        highlight() {
            $$("[data-palette-results] [role=option]").forEach((li) => li.setAttribute("aria-selected", String(Number(li.dataset.index) === this.index)));
        },
        choose(job) {
            const tab = { ready: "ready", discovered: "discovered", processing: "discovered", applied: "applied", in_progress: "applied" }[job.status] || "all";
            const show = ["skipped", "expired"].includes(job.status) ? "?show=" + job.status : "";
            $("#palette").close();
            location.assign("/jobs/" + tab + "/" + encodeURIComponent(job.id) + show);
        },
        key(event) {
            const input = $("[data-palette-input]");
            const text = input.value.trim();
            if ((event.key === "Tab" || event.key === "Enter") && text.startsWith("@")) {
                const prefix = text.slice(1).toLowerCase();
                const key = Object.keys(LOCKS).find((k) => k.startsWith(prefix));
                event.preventDefault();
                if (key) { this.setLock(key); input.value = ""; this.search(); }
                return;
            }
            if (event.key === "Backspace" && input.value === "" && this.lock) { this.setLock(null); this.search(); return; }
            if (event.key === "Escape" && this.lock) { event.preventDefault(); this.setLock(null); this.search(); return; }
            if (event.key === "ArrowDown") { event.preventDefault(); this.index = Math.min(this.index + 1, this.results.length - 1); this.highlight(); }
            if (event.key === "ArrowUp") { event.preventDefault(); this.index = Math.max(this.index - 1, 0); this.highlight(); }
            if (event.key === "Enter" && this.results[this.index]) { event.preventDefault(); this.choose(this.results[this.index]); }
        },
    };
    document.addEventListener("input", (event) => { if (event.target.matches("[data-palette-input]")) palette.search(); });
    document.addEventListener("keydown", (event) => { if (event.target.matches("[data-palette-input]")) palette.key(event); });

    // ---- Keyboard shortcuts ------------------------------------------------------------------------------------
    function typing(target) {
        return target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']") !== null;
    }
    function rows() { return $$("#workspace .row"); }
    function currentRow() { return $("#workspace .row.current"); }
    function go(link) { if (link) link.click(); }
    function moveBy(step) {
        const all = rows();
        if (!all.length) return;
        const current = currentRow();
        let index = current ? all.indexOf(current) + step : (step > 0 ? 0 : all.length - 1);
        if (index < 0 || index >= all.length) {
            const pageLink = $(step > 0 ? "[data-page-next]" : "[data-page-prev]");
            if (pageLink) go(pageLink);
            return;
        }
        go($(".row-link", all[index]));
    }
    function moveTab(step) {
        const tabs = $$("[data-tab-link]");
        const index = tabs.findIndex((t) => t.getAttribute("aria-current") === "page");
        const next = tabs[(index + step + tabs.length) % tabs.length];
        go(next);
    }
    function submitAction(verb) {
        const form = $("#panel form[data-action='" + verb + "']");
        if (form) { form.requestSubmit(); return; }
        const button = verb === "finalize" && $("#panel [data-finalize]");
        if (button) button.click();
    }
    function clickPanel(selector) { const link = $("#panel " + selector); if (link) link.click(); }

    document.addEventListener("keydown", (event) => {
        if (event.defaultPrevented || event.altKey || event.metaKey) return;
        const key = event.key;
        if ((event.ctrlKey && key.toLowerCase() === "k")) {
            if (openDialog() || !$("#palette")) return;
            event.preventDefault(); palette.open(); return;
        }
        if (event.ctrlKey || typing(event.target) || openDialog()) {
            // Esc inside a dialog is the dialog's own business (it closes it).
            return;
        }
        if (key === "?") { event.preventDefault(); toggleHelp(); return; }
        if (!$("#workspace")) return;
        const handled = {
            "/": () => palette.open(),
            j: () => moveBy(1), ArrowDown: () => moveBy(1),
            k: () => moveBy(-1), ArrowUp: () => moveBy(-1),
            1: () => go($("[data-tab-link=ready]")), 2: () => go($("[data-tab-link=discovered]")),
            3: () => go($("[data-tab-link=applied]")), 4: () => go($("[data-tab-link=all]")),
            ArrowLeft: () => moveTab(-1), ArrowRight: () => moveTab(1),
            s: () => submitAction("skip"),
            r: () => (selection.ids.size ? bulk("move_to_ready") : submitAction("finalize")),
            a: () => submitAction("apply"),
            p: () => clickPanel("[data-view-pdf]"),
            d: () => clickPanel("[data-download-pdf]"),
            o: () => clickPanel("[data-open-listing]"),
            x: () => { const row = currentRow(); if (row) toggle(row.dataset.id); },
            Escape: () => clearSelection(),
        }[key];
        if (handled) { event.preventDefault(); handled(); }
    });

    // Keep the current row in view after j/k.
    document.addEventListener("htmx:afterSettle", () => {
        const row = currentRow();
        if (row) row.scrollIntoView({ block: "nearest" });
    });
})();

// ==== Settings and runs (second web engineer) ====================================================================
(() => {
    "use strict";
    const $ = (selector, root = document) => root.querySelector(selector);
    const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

    // Resume look: the preview follows the theme and page size as they are chosen, before saving.
    function previewUrl(form) {
        const params = new URLSearchParams();
        const theme = form.elements.pdfTheme && form.elements.pdfTheme.value;
        const format = form.elements.pdfPageFormat && form.elements.pdfPageFormat.value;
        if (theme) params.set("theme", theme);
        if (format && format !== "auto") params.set("format", format);
        return "/api/resume/preview.pdf?" + params;
    }
    document.addEventListener("change", (event) => {
        const form = event.target.closest && event.target.closest("form[data-preview-form]");
        if (!form) return;
        const url = previewUrl(form);
        const frame = $("iframe[data-preview]");
        if (frame && frame.getAttribute("src") !== url) frame.setAttribute("src", url);
        const link = $("[data-preview-link]", form);
        if (link) link.setAttribute("href", url);
    });

    // Run search dialog: the button opens it (without script it is a link to /runs/new); presets fill the numbers.
    document.addEventListener("click", (event) => {
        const opener = event.target.closest("[data-open-run-dialog]");
        const dialog = $("#run-dialog");
        if (opener && dialog) {
            event.preventDefault();
            dialog.showModal();
            const first = $("input[name=preset]:checked", dialog) || $("input, textarea", dialog);
            if (first) first.focus();
        }
        const closer = event.target.closest("[data-close-dialog]");
        if (closer) closer.closest("dialog").close();
    });
    document.addEventListener("change", (event) => {
        const preset = event.target;
        if (!preset.matches || !preset.matches("input[name=preset][data-top-n]")) return;
        const form = preset.form;
        form.elements.topN.value = preset.dataset.topN;
        form.elements.minSuitabilityScore.value = preset.dataset.minScore;
        form.elements.runBudget.value = preset.dataset.budget;
    });
    document.addEventListener("input", (event) => {
        // Typing a number of one's own makes the run "Custom".
        if (!event.target.matches || !event.target.matches(".run-form [name=topN], .run-form [name=minSuitabilityScore], .run-form [name=runBudget]")) return;
        const custom = $("input[name=preset][value=custom]", event.target.form);
        if (custom) custom.checked = true;
    });

    // A run going: its progress arrives as server-sent events; bars and sources move, and when a step ends the
    // server's view of the run (per-source results, counts) replaces the card.
    let feed = null;
    let feedRun = null;
    const FINAL = ["completed", "failed", "cancelled"];
    function setBar(card, step, value, max, state) {
        const item = $("[data-bar='" + step + "']", card);
        if (!item) return;
        const bar = $("progress", item);
        if (max > 0) { bar.max = max; bar.value = Math.min(value, max); }
        if (state) { item.dataset.state = state; item.className = "step-" + state; }
        const text = $("[data-bar-text]", item);
        if (text && max > 0) text.textContent = value + " of " + max;
        else if (text && value > 0) text.textContent = String(value);
    }
    function refreshRun(card) {
        if (!window.htmx) return;
        htmx.ajax("GET", "/runs/" + encodeURIComponent(card.dataset.runId), { target: "#run", select: "#run", swap: "outerHTML" });
    }
    function onProgress(progress) {
        const card = $("#run");
        if (!card || progress.runId !== card.dataset.runId) return;
        const previous = card.dataset.step;
        card.dataset.step = progress.step;
        const message = $("[data-run-message]", card);
        if (message) message.textContent = progress.message + (progress.detail ? " — " + progress.detail : "");
        setBar(card, "crawling", progress.crawlingSourcesCompleted, progress.crawlingSourcesTotal);
        if (progress.jobsImported > 0) setBar(card, "importing", progress.jobsImported, 0);
        setBar(card, "scoring", progress.jobsScored, progress.jobsToScore);
        setBar(card, "processing", progress.jobsProcessed, progress.totalToProcess);
        if (progress.crawlingSource) {
            const line = $$("[data-source-name]", card).find((li) => li.dataset.sourceName === progress.crawlingSource);
            if (line && line.dataset.state === "waiting") {
                line.dataset.state = "done"; line.className = "source-done";
                const detail = $("[data-source-detail]", line);
                if (detail) detail.textContent = "finished";
            }
        }
        if (previous !== progress.step || FINAL.includes(progress.step)) refreshRun(card);
        if (FINAL.includes(progress.step)) stopFeed();
    }
    function stopFeed() { if (feed) { feed.close(); feed = null; feedRun = null; } }
    function watchRun() {
        const card = $("#run");
        if (!card || card.dataset.running !== "true" || typeof EventSource === "undefined") {
            if (!card || card.dataset.running !== "true") stopFeed();
            return;
        }
        if (feed && feedRun === card.dataset.runId) return;
        stopFeed();
        feedRun = card.dataset.runId;
        feed = new EventSource("/api/pipeline/progress");
        feed.onmessage = (event) => { try { onProgress(JSON.parse(event.data)); } catch (ignored) { /* a heartbeat */ } };
    }
    document.addEventListener("DOMContentLoaded", watchRun);
    document.addEventListener("htmx:afterSettle", watchRun);
    window.addEventListener("pagehide", stopFeed);
})();

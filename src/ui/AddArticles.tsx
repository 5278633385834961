// The "Add articles" panel: files dropped or chosen (.txt, .md, saved pages,
// feeds) or text pasted with its title and date are compiled in the browser
// and join the timeline; the reader's articles are listed with what the
// compiler said of each, can be removed one by one, and downloaded together
// as a seeds folder to build from. Loaded on first use.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { TimelineIndex } from '../model/schema';
import { timelineKeys } from './api';
import type { FileReport } from './compileMessages';
import { ACCEPTED_FILES, compileWithBuilt, downloadSeedsFolder, forget, keep, listStored, showCompiled, showStored, type StoredArticle } from './userArticles';

/** A file's bytes are read up to just past the compiler's limit (10 MB): a larger file is refused by its size, unread. */
const READ_LIMIT = 10 * 1024 * 1024 + 1;

interface Outcome {
  name: string;
  /** What the compiler said: a line per article, a line per problem. */
  lines: string[];
  problems: string[];
  kept: boolean;
  note?: string;
}

export default function AddArticles({ onClose }: { onClose: () => void }) {
  const client = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [stored, setStored] = useState<StoredArticle[] | null>(null);
  const [reports, setReports] = useState<Map<string, FileReport>>(new Map());
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    void listStored().then(setStored, (error: unknown) => setFailure(`This browser cannot keep articles (${String(error)}); they can still be added until the page is closed.`));
  }, []);

  const remember = (files: FileReport[]) => setReports(new Map(files.map((f) => [f.name, f])));

  async function add(files: Array<{ name: string; bytes: Uint8Array; size: number }>) {
    if (files.length === 0 || busy) return;
    setFailure(null);
    setBusy(`Compiling ${files.length} ${files.length === 1 ? 'file' : 'files'}…`);
    try {
      const before = await listStored();
      const named = withFreeNames(files, before, client.getQueryData<TimelineIndex>(timelineKeys.index()));
      const added = new Date().toISOString();
      const result = await compileWithBuilt([...before, ...named.map((f) => ({ ...f, added }))]);
      const results: Outcome[] = [];
      let lost = false;
      for (const file of named) {
        const report = result.files.find((r) => r.name === file.name);
        const outcome: Outcome = { name: file.name, lines: report?.lines ?? [], problems: report?.problemLines ?? [], kept: false, note: file.note };
        if (report && report.articleIds.length > 0) {
          try {
            await keep({ name: file.name, bytes: file.bytes, size: file.size, added });
            outcome.kept = true;
          } catch (error) {
            // What was kept before stays; this file is not shown, as it would be gone after a reload.
            outcome.problems.push(error instanceof Error ? error.message : String(error));
            lost = true;
          }
        }
        results.push(outcome);
      }
      const shown = lost ? await compileWithBuilt(await listStored()) : result;
      await showCompiled(client, shown);
      remember(shown.files);
      setOutcomes(results);
      setStored(await listStored());
    } catch (error) {
      setFailure(`The articles could not be compiled: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`);
    } finally {
      setBusy(null);
    }
  }

  async function addChosen(list: FileList | null) {
    const files = await Promise.all(Array.from(list ?? []).map(async (file) => ({ name: file.name, size: file.size, bytes: new Uint8Array(await file.slice(0, READ_LIMIT).arrayBuffer()) })));
    await add(files);
  }

  async function addPasted(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const title = String(data.get('title') ?? '').trim();
    const published = String(data.get('published') ?? '').trim();
    const text = String(data.get('text') ?? '').trim();
    // The pasted article becomes a .txt file with front matter, as one would write it in the seeds folder.
    const front = [title && `title: ${title.replace(/\s+/g, ' ')}`, published && `published: ${published}`].filter(Boolean);
    const content = `${front.length ? `---\n${front.join('\n')}\n---\n` : ''}${title ? `${title}\n\n` : ''}${text}\n`;
    const bytes = new TextEncoder().encode(content);
    await add([{ name: `${slug(title) || 'pasted-article'}.txt`, bytes, size: bytes.length }]);
    form.reset();
  }

  async function remove(name: string) {
    setFailure(null);
    setBusy(`Removing ${name}…`);
    try {
      await forget(name);
      const result = await showStored(client);
      remember(result?.files ?? []);
      setOutcomes((list) => list.filter((o) => o.name !== name));
      setStored(await listStored());
    } catch (error) {
      setFailure(`${name} could not be removed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  }

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void addChosen(event.dataTransfer.files);
  };

  return (
    <dialog ref={dialog} className="add-articles" aria-labelledby="add-articles-title" onClose={onClose}>
      <div className="add-articles-head">
        <h2 id="add-articles-title">Add articles</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <p className="add-articles-intro">
        Articles you add are compiled here, in your browser, and kept in this browser until you remove them; nothing is sent anywhere.
        Their events join the timeline and merge with the events already there.
      </p>
      <div
        className={`drop-zone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        data-testid="drop-zone"
      >
        <p>Drop .txt, .md or .html files (saved web pages) or news feeds here, or</p>
        <label className="button">
          Choose files
          <input type="file" multiple accept={ACCEPTED_FILES} className="visually-hidden" onChange={(event) => void addChosen(event.currentTarget.files).then(() => (event.target.value = ''))} />
        </label>
      </div>
      <form className="paste-form" onSubmit={(event) => void addPasted(event)}>
        <fieldset>
          <legend>Or paste an article</legend>
          <label>
            Title <input name="title" type="text" autoComplete="off" />
          </label>
          <label>
            Publication date <input name="published" type="date" />
          </label>
          <label>
            Text <textarea name="text" rows={6} required />
          </label>
          <button type="submit" className="button" disabled={busy !== null}>
            Add text
          </button>
        </fieldset>
      </form>
      <p className="add-articles-progress" role="status">
        {busy}
      </p>
      {failure ? (
        <p className="add-articles-failure" role="alert">
          {failure}
        </p>
      ) : null}
      {outcomes.length > 0 ? (
        <section aria-labelledby="add-articles-outcome">
          <h3 id="add-articles-outcome">Just added</h3>
          <ul className="compile-report">
            {outcomes.map((o) => (
              <li key={o.name}>
                <p className="compile-file">
                  {o.name}: {o.kept ? 'added' : 'not added'}
                  {o.note ? ` (${o.note})` : ''}
                </p>
                <CompilerSays lines={o.lines} problems={o.problems} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="add-articles-yours">
        <h3 id="add-articles-yours">Your articles{stored ? ` (${stored.length})` : ''}</h3>
        {stored === null ? (
          <p>Loading…</p>
        ) : stored.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <>
            <ul className="compile-report">
              {stored.map((file) => (
                <li key={file.name}>
                  <div className="compile-file">
                    <span>{file.name}</span>
                    <button type="button" className="button" aria-label={`Remove ${file.name}`} disabled={busy !== null} onClick={() => void remove(file.name)}>
                      Remove
                    </button>
                  </div>
                  <CompilerSays lines={reports.get(file.name)?.lines ?? []} problems={reports.get(file.name)?.problemLines ?? []} />
                </li>
              ))}
            </ul>
            <button type="button" className="button" onClick={() => void downloadSeedsFolder(stored)}>
              Download all as a seeds folder (.zip)
            </button>
          </>
        )}
      </section>
    </dialog>
  );
}

function CompilerSays({ lines, problems }: { lines: string[]; problems: string[] }) {
  if (lines.length + problems.length === 0) return null;
  return (
    <ul className="compiler-says">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
      {problems.map((line) => (
        <li key={line} className={line.startsWith('error') || !/^(?:warning|info):/.test(line) ? 'is-error' : undefined}>
          {line}
        </li>
      ))}
    </ul>
  );
}

/**
 * Names for new files that no built article and no kept file has (their ids
 * would clash): "flood.txt" becomes "flood-2.txt", with a note saying so.
 */
function withFreeNames<F extends { name: string }>(files: F[], stored: Array<{ name: string }>, index: TimelineIndex | undefined): Array<F & { note?: string }> {
  const stem = (name: string) => name.replace(/#.*$/, '').replace(/\.[^.]*$/, '').toLowerCase();
  const ours = new Set(stored.map((f) => f.name));
  const taken = new Set([...stored.map((f) => stem(f.name)), ...(index?.articles ?? []).filter((a) => !ours.has(a.file.replace(/#.*$/, ''))).map((a) => a.id.toLowerCase())]);
  return files.map((file) => {
    const dot = file.name.lastIndexOf('.');
    const [base, ext] = dot > 0 ? [file.name.slice(0, dot), file.name.slice(dot)] : [file.name, ''];
    let name = file.name;
    for (let n = 2; taken.has(stem(name)); n++) name = `${base}-${n}${ext}`;
    taken.add(stem(name));
    return name === file.name ? file : { ...file, name, note: `saved as ${name}: ${file.name} is already here` };
  });
}

function slug(title: string): string {
  return (title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? []).join('-').slice(0, 60).replace(/-+$/, '');
}

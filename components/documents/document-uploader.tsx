"use client";

import { useEffect, useId, useRef, useState, type ChangeEvent, type DragEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useTranslatedError } from "../forms/use-translated-error";
import { cx } from "../cx";
import type { DocumentErrorBody } from "@/lib/documents/errors";
import { ACCEPT_ATTRIBUTE, MAX_PARALLEL_UPLOADS } from "@/lib/documents/limits";
import { MAX_CLAIM_MB, MAX_FILE_MB, megabytes, precheckFiles } from "@/lib/documents/precheck";
import type { UploadedDocument } from "@/lib/documents/types";
import { documentDownloadUrl } from "@/lib/documents/urls";

export interface DocumentUploaderProps {
  /** Adding to an existing claim (information response): the server checks access and the claim's 60 MB. */
  claimId?: string;
  /** The uploaded documents — owned by the parent, so they survive a failed submit of its form. */
  documents: UploadedDocument[];
  /** Called once per finished upload. Use a functional update: uploads finish in parallel. */
  onUploaded: (doc: UploadedDocument) => void;
  /** Without it, uploaded documents have no remove button. Called after the server deleted the file. */
  onRemove?: (id: string) => void;
  disabled?: boolean;
  /** Group label (translated); defaults to "Documents". */
  label?: string;
}

/** A file chosen in this browser that is not (yet) an UploadedDocument. */
interface PendingFile {
  key: string;
  name: string;
  size: number;
  status: "queued" | "uploading" | "failed";
  progress: number;
  errorKey: string | null;
}

const LIMIT_VALUES = { maxFileMb: MAX_FILE_MB, maxClaimMb: MAX_CLAIM_MB };

/**
 * Picker, drag-and-drop zone (the zone's main control is a real button, so keyboard and screen
 * reader users get the same), phone camera, and a list with per-file progress and per-file
 * errors. Files over the limits are refused here before any upload; the server checks again
 * and decides the type by the bytes. Uploads are raw-body XHRs (for upload progress), at most
 * three at a time. Nothing here submits or resets the surrounding form: every button is
 * type="button", and a file dropped beside the zone does not make the browser navigate away.
 */
export function DocumentUploader({ claimId, documents, onUploaded, onRemove, disabled = false, label }: DocumentUploaderProps) {
  const t = useTranslations("documents.uploader");
  const tf = useTranslations("common.forms");
  const te = useTranslatedError();
  const format = useFormatter();
  const id = useId();
  const labelId = `${id}-label`;
  const limitsId = `${id}-limits`;

  const [pending, setPending] = useState<PendingFile[]>([]);
  const [removeErrors, setRemoveErrors] = useState<Record<string, string>>({});
  const [removing, setRemoving] = useState<ReadonlySet<string>>(new Set());
  // Several uploads finish close together: each message is added (not replaced), so none is lost.
  const [announcements, setAnnouncements] = useState<{ id: number; text: string }[]>([]);
  const [dragging, setDragging] = useState(false);

  const chooseButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);
  // Scheduling state lives in refs: XHR callbacks must see the current queue, not a render's copy.
  const files = useRef(new Map<string, File>());
  const queue = useRef<string[]>([]);
  const active = useRef(new Map<string, XMLHttpRequest>());
  const nextKey = useRef(0);
  const nextAnnouncement = useRef(0);
  const latestOnUploaded = useRef(onUploaded);
  useEffect(() => {
    latestOnUploaded.current = onUploaded;
  }, [onUploaded]);

  // A file dropped next to the zone would otherwise be opened by the browser, leaving the form.
  useEffect(() => {
    const guard = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
    };
    window.addEventListener("dragover", guard);
    window.addEventListener("drop", guard);
    return () => {
      window.removeEventListener("dragover", guard);
      window.removeEventListener("drop", guard);
    };
  }, []);

  const announce = (text: string) => {
    if (!text) return;
    const entry = { id: (nextAnnouncement.current += 1), text };
    setAnnouncements((list) => [...list.slice(-4), entry]);
  };
  const errorText = (key: string | null) => te(key ?? "documents.errors.generic", LIMIT_VALUES) ?? "";
  const update = (key: string, patch: Partial<PendingFile>) =>
    setPending((items) => items.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const drop = (key: string) => {
    files.current.delete(key);
    setPending((items) => items.filter((item) => item.key !== key));
  };

  function fail(key: string, name: string, errorKey: string) {
    files.current.delete(key);
    update(key, { status: "failed", errorKey });
    announce(t("failed", { name, reason: errorText(errorKey) }));
  }

  function pump() {
    while (active.current.size < MAX_PARALLEL_UPLOADS && queue.current.length > 0) {
      const key = queue.current.shift()!;
      const file = files.current.get(key);
      if (file) start(key, file);
    }
  }

  function start(key: string, file: File) {
    const xhr = new XMLHttpRequest();
    active.current.set(key, xhr);
    const done = () => {
      active.current.delete(key);
      pump();
    };
    xhr.open("POST", claimId ? `/api/documents?claimId=${encodeURIComponent(claimId)}` : "/api/documents");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) update(key, { progress: Math.min(100, Math.round((event.loaded / event.total) * 100)) });
    };
    xhr.onload = () => {
      done();
      const body = xhr.response as { document?: UploadedDocument } & Partial<DocumentErrorBody> | null;
      if (xhr.status === 201 && body?.document) {
        drop(key);
        latestOnUploaded.current(body.document);
        announce(t("uploaded", { name: body.document.originalName }));
      } else {
        fail(key, file.name, body?.error?.messageKey ?? "documents.errors.generic");
      }
    };
    xhr.onerror = () => {
      done();
      fail(key, file.name, "documents.errors.network");
    };
    xhr.onabort = done;
    update(key, { status: "uploading", progress: 0 });
    xhr.send(file);
  }

  function addFiles(list: FileList | null) {
    if (disabled || !list || list.length === 0) return;
    const chosen = Array.from(list);
    const used =
      documents.reduce((sum, doc) => sum + doc.sizeBytes, 0) +
      pending.filter((item) => item.status !== "failed").reduce((sum, item) => sum + item.size, 0);
    const verdicts = precheckFiles(chosen, used);
    const added: PendingFile[] = chosen.map((file, i) => {
      const key = `f${(nextKey.current += 1)}`;
      const errorKey = verdicts[i] ?? null;
      if (!errorKey) {
        files.current.set(key, file);
        queue.current.push(key);
      }
      return { key, name: file.name, size: file.size, status: errorKey ? "failed" : "queued", progress: 0, errorKey };
    });
    setPending((items) => [...items, ...added]);
    const refused = added.filter((item) => item.errorKey);
    const accepted = added.length - refused.length;
    announce(
      [accepted > 0 ? t("uploadingCount", { count: accepted }) : null, ...refused.map((item) => t("failed", { name: item.name, reason: errorText(item.errorKey) }))]
        .filter(Boolean)
        .join(" "),
    );
    pump();
  }

  function onInputChange(event: ChangeEvent<HTMLInputElement>) {
    addFiles(event.target.files);
    event.target.value = ""; // choosing the same file again must fire change again
  }

  function cancel(item: PendingFile) {
    queue.current = queue.current.filter((key) => key !== item.key);
    active.current.get(item.key)?.abort();
    drop(item.key);
    chooseButton.current?.focus();
  }

  async function remove(doc: UploadedDocument) {
    if (!onRemove) return;
    setRemoving((ids) => new Set(ids).add(doc.id));
    setRemoveErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([docId]) => docId !== doc.id)));
    let errorKey: string | null = null;
    try {
      const response = await fetch(documentDownloadUrl(doc.id), { method: "DELETE" });
      // 404: already gone (e.g. removed in another tab) — the form should forget it too.
      if (!response.ok && response.status !== 404) {
        const body = (await response.json().catch(() => null)) as DocumentErrorBody | null;
        errorKey = body?.error?.messageKey ?? "documents.errors.removeFailed";
      }
    } catch {
      errorKey = "documents.errors.network";
    }
    setRemoving((ids) => {
      const next = new Set(ids);
      next.delete(doc.id);
      return next;
    });
    if (errorKey) {
      setRemoveErrors((errors) => ({ ...errors, [doc.id]: errorKey }));
      return;
    }
    onRemove(doc.id);
    announce(t("removed", { name: doc.originalName }));
    chooseButton.current?.focus();
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    addFiles(event.dataTransfer.files);
  }

  const usedBytes = documents.reduce((sum, doc) => sum + doc.sizeBytes, 0);
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t("sizeKb", { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t("size", { size: format.number(megabytes(bytes), { maximumFractionDigits: 1 }) });
  const buttonClass =
    "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 font-semibold disabled:cursor-not-allowed disabled:opacity-60";
  const smallButtonClass =
    "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border-2 border-brand-700 bg-white px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-60";

  return (
    <div role="group" aria-labelledby={labelId} className="flex flex-col gap-3">
      <p id={labelId} className="font-medium text-ink">
        {label ?? t("label")}
      </p>
      <p id={limitsId} className="text-sm text-muted">
        {t("limits", LIMIT_VALUES)}
      </p>

      <div
        onDragEnter={(event) => {
          event.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = disabled ? "none" : "copy";
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
        data-dragging={dragging ? "" : undefined}
        className={cx(
          "flex flex-col items-stretch gap-3 rounded-md border-2 border-dashed p-4 sm:flex-row sm:items-center",
          dragging ? "border-brand-700 bg-brand-50" : "border-field bg-white",
        )}
      >
        <button
          ref={chooseButton}
          type="button"
          disabled={disabled}
          aria-describedby={limitsId}
          onClick={() => fileInput.current?.click()}
          className={cx(buttonClass, "flex-1 border-2 border-brand-700 bg-white text-brand-700 hover:bg-brand-50")}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M12 16V4m0 0-4 4m4-4 4 4M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {dragging ? t("dropHint") : t("choose")}
        </button>
        {/* Phones: straight to the rear camera. Hidden where there is no touch screen (capture is ignored there). */}
        <button
          type="button"
          disabled={disabled}
          aria-describedby={limitsId}
          onClick={() => cameraInput.current?.click()}
          className={cx(buttonClass.replace("inline-flex", "hidden pointer-coarse:inline-flex"), "bg-brand-700 text-white hover:bg-brand-800")}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M4 8h3l2-3h6l2 3h3v11H4z" strokeLinejoin="round" />
            <circle cx="12" cy="13" r="3.5" />
          </svg>
          {t("camera")}
        </button>
      </div>
      <input ref={fileInput} type="file" multiple accept={ACCEPT_ATTRIBUTE} hidden onChange={onInputChange} data-testid="document-file-input" />
      <input
        ref={cameraInput}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        onChange={onInputChange}
        data-testid="document-camera-input"
      />

      <p className="text-sm text-muted">{t("used", { used: format.number(megabytes(usedBytes), { maximumFractionDigits: 1 }), maxClaimMb: MAX_CLAIM_MB })}</p>

      {documents.length + pending.length > 0 ? (
        <ul aria-label={t("listLabel")} className="flex flex-col gap-2">
          {documents.map((doc) => {
            const errorKey = removeErrors[doc.id];
            const errorId = `${id}-${doc.id}-error`;
            return (
              <li key={doc.id} className="flex flex-col gap-1 rounded-md border border-field bg-white p-3" data-document-id={doc.id}>
                <div className="flex flex-wrap items-center gap-3">
                  <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0 text-success" fill="none" stroke="currentColor" strokeWidth="2.5">
                    <path d="m5 12 5 5 9-10" strokeLinecap="round" strokeLinejoin="round" />
                  </svg>
                  <a href={documentDownloadUrl(doc.id)} className="min-w-0 flex-1 break-words font-medium">
                    {doc.originalName}
                  </a>
                  <span className="text-sm text-muted">{size(doc.sizeBytes)}</span>
                  {onRemove ? (
                    <button
                      type="button"
                      disabled={disabled || removing.has(doc.id)}
                      aria-label={t("remove", { name: doc.originalName })}
                      aria-describedby={errorKey ? errorId : undefined}
                      onClick={() => void remove(doc)}
                      className={smallButtonClass}
                    >
                      {t("removeShort")}
                    </button>
                  ) : null}
                </div>
                {errorKey ? (
                  <p id={errorId} className="text-sm font-medium text-danger">
                    <span className="font-semibold">{tf("errorPrefix")}</span> {errorText(errorKey)}
                  </p>
                ) : null}
              </li>
            );
          })}
          {pending.map((item) => {
            const errorId = `${id}-${item.key}-error`;
            const failed = item.status === "failed";
            return (
              <li
                key={item.key}
                className={cx("flex flex-col gap-2 rounded-md border bg-white p-3", failed ? "border-2 border-danger" : "border-field")}
                data-upload-status={item.status}
              >
                <div className="flex flex-wrap items-center gap-3">
                  <span className="min-w-0 flex-1 break-words font-medium">{item.name}</span>
                  <span className="text-sm text-muted">{size(item.size)}</span>
                  <button
                    type="button"
                    aria-label={failed ? t("dismiss", { name: item.name }) : t("cancel", { name: item.name })}
                    aria-describedby={failed ? errorId : undefined}
                    onClick={() => cancel(item)}
                    className={smallButtonClass}
                  >
                    {failed ? t("removeShort") : t("cancelShort")}
                  </button>
                </div>
                {failed ? (
                  <p id={errorId} className="text-sm font-medium text-danger">
                    <span className="font-semibold">{tf("errorPrefix")}</span> {errorText(item.errorKey)}
                  </p>
                ) : item.status === "queued" ? (
                  <p className="text-sm text-muted">{t("queued")}</p>
                ) : (
                  <div className="flex items-center gap-3">
                    <div
                      role="progressbar"
                      aria-label={t("progressLabel", { name: item.name })}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={item.progress}
                      aria-valuetext={t("progress", { percent: item.progress })}
                      className="h-2 flex-1 overflow-hidden rounded-full bg-brand-100"
                    >
                      <div className="h-full rounded-full bg-brand-700 transition-[width]" style={{ width: `${item.progress}%` }} />
                    </div>
                    <span className="w-12 text-end text-sm tabular-nums text-muted" aria-hidden="true">
                      {t("progress", { percent: item.progress })}
                    </span>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}

      <div role="status" aria-live="polite" aria-relevant="additions text" className="sr-only">
        {announcements.map((a) => (
          <p key={a.id}>{a.text}</p>
        ))}
      </div>
    </div>
  );
}

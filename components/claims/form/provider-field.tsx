"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { cx } from "@/components/cx";
import { describedBy, HintAndError, RequiredMark } from "@/components/forms/field-frame";

export interface ProviderOption {
  id: string;
  name: string;
  speciality: string;
  city: string;
  inNetwork: boolean;
}

export type ProviderFieldProps = {
  /** Form name of the provider NAME (e.g. "lines.0.providerName"); the input's id too. */
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  value: string;
  /** The chosen provider from the list, if any (a typed name has none). */
  selectedId?: string;
  onTextChange: (text: string) => void;
  onSelect: (provider: ProviderOption) => void;
  onBlur?: () => void;
};

const MIN_QUERY = 2;
const DEBOUNCE_MS = 200;

/**
 * Provider search as an ARIA 1.2 combobox (input + listbox, aria-activedescendant): type two
 * letters, pick with the arrow keys and Enter or by click. Whatever is typed stays as the
 * provider's name when nothing is picked ("type the name if not found"), so a provider missing
 * from the list never blocks a claim.
 */
export function ProviderField({ name, label, hint, error, required, value, selectedId, onTextChange, onSelect, onBlur }: ProviderFieldProps) {
  const t = useTranslations("claimForm.provider");
  const listId = useId();
  const [options, setOptions] = useState<ProviderOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "done" | "failed">("idle");
  const query = useRef("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const controller = useRef<AbortController | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => () => {
    clearTimeout(timer.current);
    controller.current?.abort();
  }, []);

  function search(text: string) {
    query.current = text;
    clearTimeout(timer.current);
    if (text.trim().length < MIN_QUERY) {
      setOptions([]);
      setOpen(false);
      setStatus("idle");
      return;
    }
    timer.current = setTimeout(async () => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setStatus("loading");
      try {
        const response = await fetch(`/api/providers?q=${encodeURIComponent(text.trim())}`, { signal: own.signal, headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { providers: ProviderOption[] };
        if (query.current !== text) return;
        setOptions(body.providers);
        setActive(-1);
        // Results that arrive after the member moved on must not cover the next fields.
        setOpen(document.activeElement === input.current);
        setStatus("done");
      } catch (e) {
        if ((e as Error).name !== "AbortError") setStatus("failed");
      }
    }, DEBOUNCE_MS);
  }

  function choose(option: ProviderOption) {
    onSelect(option);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open && options.length) setOpen(true);
      setActive((i) => (options.length ? (i + 1) % options.length : -1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (options.length ? (i <= 0 ? options.length - 1 : i - 1) : -1));
    } else if (event.key === "Enter" && open && active >= 0 && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const expanded = open && options.length > 0;
  const statusText =
    status === "loading" ? t("searching") : status === "failed" ? t("failed") : status === "done" && options.length === 0 ? t("noneFound") : status === "done" ? t("found", { count: options.length }) : "";

  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={name} className="font-medium text-ink">
        {label}
        <RequiredMark required={required} />
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      <input
        ref={input}
        id={name}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(name, hint, error, `${name}-status`)}
        value={value}
        onChange={(event) => {
          onTextChange(event.target.value);
          search(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // Let a click on an option land before the list closes.
          setTimeout(() => setOpen(false), 150);
          onBlur?.();
        }}
        className={cx("block w-full min-w-0 rounded-md border bg-white px-3 py-2 text-base text-ink", error ? "border-2 border-danger" : "border-field")}
      />
      <p id={`${name}-status`} className="text-sm text-muted" aria-live="polite">
        {selectedId ? t("chosen") : statusText}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!expanded}
        className="absolute top-full z-10 mt-1 max-h-72 w-full overflow-auto rounded-md border border-field bg-white shadow-lg"
      >
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
            className={cx("cursor-pointer px-3 py-2", index === active ? "bg-brand-100" : "hover:bg-brand-50")}
          >
            <span className="block font-medium text-ink">{option.name}</span>
            <span className="block text-sm text-muted">
              {option.city} · {t.has(`speciality.${option.speciality}`) ? t(`speciality.${option.speciality}`) : option.speciality}
              {option.inNetwork ? ` · ${t("inNetwork")}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

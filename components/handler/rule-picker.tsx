"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { SelectField } from "@/components/forms";
import { RULE_IDS } from "@/lib/rules/ruleIds";

/** What a search matches: the id and the short title, case and accents ignored. */
function normalised(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

/**
 * The handler's rule picker (issue 14 point 7): every rule id with its short title in the
 * handler's language, narrowed by a search box. The chosen rule always stays in the list.
 */
export function RulePicker<V extends FieldValues>(props: { control: Control<V>; name: Path<V>; id: string; label: string; required?: boolean; error?: string; className?: string }) {
  const t = useTranslations("handler");
  const { field: { value: current, onChange, onBlur, ref: fieldRef } } = useController({ control: props.control, name: props.name });
  const [query, setQuery] = useState("");
  const searchId = useId();
  const value = (current as string | undefined) ?? "";
  const all = RULE_IDS.map((id) => ({ value: id, label: `${id} — ${t(`rules.${id}`)}` }));
  const wanted = normalised(query.trim());
  const options = wanted ? all.filter((option) => option.value === value || normalised(option.label).includes(wanted)) : all;
  return (
    <div className={props.className}>
      <label htmlFor={searchId} className="block text-sm text-muted">
        {t("rulePicker.search")}
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        className="mb-2 block min-h-11 w-full rounded-md border border-field bg-white px-3 py-2 text-base text-ink"
        autoComplete="off"
      />
      <SelectField
        id={props.id}
        label={props.label}
        required={props.required}
        placeholder={wanted ? t("rulePicker.matches", { count: options.length }) : t("decide.chooseRule")}
        options={options}
        error={props.error}
        name={props.name}
        ref={fieldRef}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}

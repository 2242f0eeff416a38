import type { StandardEditorProps } from '@grafana/data';
import { Button, Field, Input, Stack, Switch } from '@grafana/ui';
import type { TooltipItem } from '../types';

const EMPTY_ITEM: TooltipItem = {
  urlTemplate: '',
  urlText: '',
  urlIcon: '',
  urlToLowerCase: false,
  valueDateFormat: '',
};

/** Tooltip links (the old plugin's tooltip items): a URL template with ${__...} variables, text, icon. */
export function TooltipItemsEditor({ value, onChange }: StandardEditorProps<TooltipItem[]>) {
  const items = value ?? [];
  const update = (i: number, patch: Partial<TooltipItem>) =>
    onChange(items.map((it, k) => (k === i ? { ...it, ...patch } : it)));
  return (
    <Stack direction="column" gap={1}>
      {items.map((item, i) => (
        <Stack key={i} direction="column" gap={0}>
          <Field
            label="URL template"
            description="${__y_label}, ${__value}, ${__url_time_range}, ${__labels.name}..."
          >
            <Input
              value={item.urlTemplate}
              onChange={(e) => update(i, { urlTemplate: e.currentTarget.value })}
            />
          </Field>
          <Field label="Link text">
            <Input value={item.urlText} onChange={(e) => update(i, { urlText: e.currentTarget.value })} />
          </Field>
          <Field
            label="Icon"
            description="A Grafana icon name (link, chart-line...) or the old plugin's Font Awesome name"
          >
            <Input value={item.urlIcon} onChange={(e) => update(i, { urlIcon: e.currentTarget.value })} />
          </Field>
          <Field label="Date format of ${__value_date}" description="Default YYYY/MM/DD/HH_mm_ss">
            <Input
              value={item.valueDateFormat}
              onChange={(e) => update(i, { valueDateFormat: e.currentTarget.value })}
            />
          </Field>
          <Field label="Lowercase URL">
            <Switch
              value={item.urlToLowerCase}
              onChange={(e) => update(i, { urlToLowerCase: e.currentTarget.checked })}
            />
          </Field>
          <Button
            variant="secondary"
            size="sm"
            icon="trash-alt"
            onClick={() => onChange(items.filter((_, k) => k !== i))}
          >
            Remove link
          </Button>
        </Stack>
      ))}
      <Button
        variant="secondary"
        size="sm"
        icon="plus"
        onClick={() => onChange([...items, { ...EMPTY_ITEM }])}
      >
        Add link
      </Button>
    </Stack>
  );
}

import { useId } from 'preact/hooks';

export interface ChartBar {
  key: string;
  label: string;
  value: number;
  /** Label in the table, when the chart's axis shows a shorter one. */
  tableLabel?: string;
  /** Text of the value, when it is not the plain number. */
  valueText?: string;
}

interface ChartProps {
  title: string;
  /** One sentence that states what the chart shows, for screen readers. */
  description: string;
  bars: readonly ChartBar[];
  /** Value of a full bar. Defaults to the largest value. */
  max?: number;
  testId: string;
  /** Header of the label column of the text equivalent. */
  labelHeader: string;
  /** Header of the value column of the text equivalent. */
  valueHeader: string;
}

const WIDTH = 600;
const LABEL_WIDTH = 220;
const VALUE_WIDTH = 60;
const ROW_HEIGHT = 24;
const COLUMN_AREA_HEIGHT = 160;
const AXIS_HEIGHT = 40;

/** Renders the chart's data as a table, so that the numbers can be read without the picture. */
function ChartTable({ bars, labelHeader, valueHeader, title }: ChartProps) {
  return (
    <table class="chart-table">
      <caption class="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.key} data-key={bar.key} data-value={bar.value}>
            <th scope="row">{bar.tableLabel ?? bar.label}</th>
            <td>{bar.valueText ?? bar.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Renders a horizontal bar chart in SVG, with a title, a description and a table of its data. */
export function BarChart(props: ChartProps) {
  const id = useId();
  const { bars, title, description, testId } = props;
  const max = props.max ?? Math.max(1, ...bars.map((bar) => bar.value));
  const barArea = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = Math.max(ROW_HEIGHT, bars.length * ROW_HEIGHT);
  return (
    <figure class="chart" data-testid={testId}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        class="chart-svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((bar, index) => {
          const y = index * ROW_HEIGHT;
          const width = (barArea * bar.value) / max;
          return (
            <g key={bar.key} data-testid="chart-bar" data-key={bar.key} data-value={bar.value}>
              <text
                x={LABEL_WIDTH - 6}
                y={y + ROW_HEIGHT * 0.7}
                text-anchor="end"
                class="chart-label"
              >
                {bar.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 3}
                width={width}
                height={ROW_HEIGHT - 6}
                class="chart-bar"
              />
              <text x={LABEL_WIDTH + width + 4} y={y + ROW_HEIGHT * 0.7} class="chart-value">
                {bar.valueText ?? bar.value}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
      <ChartTable {...props} />
    </figure>
  );
}

/**
 * Renders a column chart in SVG for a time series, such as a score per week.
 * A bar with value NaN is an empty period, drawn without a column, and its
 * `valueText` names it in the table.
 */
export function ColumnChart(props: ChartProps) {
  const id = useId();
  const { bars, title, description, testId } = props;
  const max = props.max ?? Math.max(1, ...bars.map((bar) => bar.value || 0));
  const step = bars.length === 0 ? WIDTH : WIDTH / bars.length;
  const columnWidth = Math.max(2, step * 0.7);
  // At most about a dozen axis labels fit, and the table lists every one.
  const labelEvery = Math.max(1, Math.ceil(bars.length / 12));
  return (
    <figure class="chart" data-testid={testId}>
      <svg
        viewBox={`0 0 ${WIDTH} ${COLUMN_AREA_HEIGHT + AXIS_HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        class="chart-svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line
          x1={0}
          x2={WIDTH}
          y1={COLUMN_AREA_HEIGHT}
          y2={COLUMN_AREA_HEIGHT}
          class="chart-axis"
        />
        {bars.map((bar, index) => {
          const x = index * step + (step - columnWidth) / 2;
          const empty = Number.isNaN(bar.value);
          const height = empty ? 0 : (COLUMN_AREA_HEIGHT * bar.value) / max;
          return (
            <g key={bar.key} data-testid="chart-bar" data-key={bar.key} data-value={bar.value}>
              {!empty && (
                <rect
                  x={x}
                  y={COLUMN_AREA_HEIGHT - height}
                  width={columnWidth}
                  height={height}
                  class="chart-bar"
                />
              )}
              {index % labelEvery === 0 && (
                <text
                  x={x + columnWidth / 2}
                  y={COLUMN_AREA_HEIGHT + 16}
                  text-anchor="middle"
                  class="chart-label"
                >
                  {bar.label}
                </text>
              )}
              {!empty && (
                <text
                  x={x + columnWidth / 2}
                  y={COLUMN_AREA_HEIGHT - height - 4}
                  text-anchor="middle"
                  class="chart-value"
                >
                  {bar.value}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
      <ChartTable {...props} />
    </figure>
  );
}

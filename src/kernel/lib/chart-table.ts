// A chart's text alternative as plain data: a caption and rows of cells, the first cell of each row
// naming it. Each view builds one from the same model its option builder draws, so the table and
// the chart can never say different things; kernel/components/ChartTable.tsx renders it.
export interface ChartTableModel {
  caption: string;
  columns: string[];
  rows: { key: string; cells: (string | number)[] }[];
}

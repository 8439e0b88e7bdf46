// The shared ECharts wrapper with the parts the indicators' charts use registered: the one chunk
// that brings ECharts to this view, loaded by LazyChart once the page's text is on screen.
import './echarts-setup';

export { default } from '../../kernel/echarts/EChart';

// The controls above the timeline: zoom, fit all, and the choice between a
// sparse axis (long empty stretches compressed) and a linear one.
import type { AxisMode } from '../timeline/sparseGaps';

interface TimelineToolbarProps {
  axis: AxisMode;
  /** The window already shows every event: Fit all would do nothing. */
  fitted: boolean;
  onZoom: (direction: 'in' | 'out') => void;
  onFit: () => void;
  onAxisChange: (axis: AxisMode) => void;
}

export function TimelineToolbar({ axis, fitted, onZoom, onFit, onAxisChange }: TimelineToolbarProps) {
  return (
    <div className="toolbar" role="group" aria-label="Timeline controls">
      <div className="toolbar-group">
        <button type="button" className="tool" onClick={() => onZoom('in')} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" className="tool" onClick={() => onZoom('out')} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" className="tool tool-text" onClick={onFit} disabled={fitted}>
          Fit all
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label="Axis">
        <span className="toolbar-label" aria-hidden="true">Axis</span>
        {(['sparse', 'linear'] as const).map((mode) => (
          <button
            key={mode}
            type="button"
            className="tool tool-text"
            aria-pressed={axis === mode}
            onClick={() => onAxisChange(mode)}
            title={mode === 'sparse' ? 'Compress long stretches without events' : 'Time at one constant rate'}
          >
            {mode === 'sparse' ? 'Sparse' : 'Linear'}
          </button>
        ))}
      </div>
    </div>
  );
}

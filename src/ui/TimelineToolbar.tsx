// The controls above the timeline: zoom, fit all, the key events only, the
// choice between a sparse axis (long empty stretches compressed) and a linear
// one, and lanes by actor.
import type { AxisMode } from '../timeline/sparseGaps';

interface TimelineToolbarProps {
  axis: AxisMode;
  /** The window already shows every event: Fit all would do nothing. */
  fitted: boolean;
  lanes: 'actor' | null;
  keyOnly: boolean;
  onKeyOnlyChange: (keyOnly: boolean) => void;
  onZoom: (direction: 'in' | 'out') => void;
  onFit: () => void;
  onAxisChange: (axis: AxisMode) => void;
  onLanesChange: (lanes: 'actor' | null) => void;
}

export function TimelineToolbar({ axis, fitted, lanes, keyOnly, onKeyOnlyChange, onZoom, onFit, onAxisChange, onLanesChange }: TimelineToolbarProps) {
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
      <button
        type="button"
        className="tool tool-text"
        aria-pressed={keyOnly}
        onClick={() => onKeyOnlyChange(!keyOnly)}
        title="Only the most important events, as many as the screen shows one by one"
      >
        Key events
      </button>
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
      <button
        type="button"
        className="tool tool-text"
        aria-pressed={lanes === 'actor'}
        onClick={() => onLanesChange(lanes === 'actor' ? null : 'actor')}
        title="One row per actor (per checked actor when some are checked)"
      >
        Lanes by actor
      </button>
    </div>
  );
}

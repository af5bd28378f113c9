import { useRecto } from '../../store'
import { beforeAfter, percent } from './metricsModel'

/**
 * Retrains the candidate ranker and the confidence model from the logged decisions on a
 * supervisor's request, and shows the version it made with its before/after figures. Recto also
 * retrains on its own every 20 confirmed documents.
 */
export function RetrainPanel() {
  const retrain = useRecto((s) => s.retrain)
  const retrainModel = useRecto((s) => s.retrainModel)
  const result = retrain.result
  const model = useRecto((s) => s.model)

  return (
    <section className="retrain-panel" aria-label="Model" data-testid="retrain-panel">
      <h3>Model</h3>
      <p className="muted">
        Which value each field takes and how sure Recto is are learned from confirmed documents.
      </p>
      {model && (
        <p data-testid="model-active">
          In use: <strong>{model.activeVersion}</strong>{' '}
          <span className="muted">
            {model.trainedAt
              ? `(trained ${model.trainedAt.slice(0, 10)} on ${model.trainingSize} decisions; ${model.trainedVersions} trained versions kept)`
              : '(the shipped rules; nothing trained yet)'}
          </span>
        </p>
      )}
      <button
        type="button"
        data-testid="retrain-button"
        disabled={retrain.running}
        onClick={() => void retrainModel()}
      >
        {retrain.running ? 'Retraining…' : 'Retrain now'}
      </button>
      {result && (
        <dl className="retrain-result" data-testid="retrain-result">
          <dt>New version</dt>
          <dd data-testid="retrain-version">
            {result.version}{' '}
            <span className="muted">
              (was {result.previousVersion}, from {result.documents} confirmed documents)
            </span>
          </dd>
          <dt>Ranker’s top choice was the clerk’s value</dt>
          <dd data-testid="retrain-top1">
            {beforeAfter(percent(result.ranker.top1Before), percent(result.ranker.top1After))}
            <span className="muted"> over {result.ranker.decisions} decisions</span>
          </dd>
          <dt>Ranking loss</dt>
          <dd>{beforeAfter(result.ranker.lossBefore, result.ranker.lossAfter)}</dd>
          <dt>Confidence log loss</dt>
          <dd data-testid="retrain-logloss">
            {beforeAfter(result.confidence.logLossBefore, result.confidence.logLossAfter)}
            <span className="muted"> over {result.confidence.samples} fields</span>
          </dd>
          <dt>Calibration error</dt>
          <dd>{beforeAfter(result.confidence.eceBefore, result.confidence.eceAfter)}</dd>
        </dl>
      )}
    </section>
  )
}

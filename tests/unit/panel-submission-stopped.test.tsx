import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SubmissionStopped } from '@/components/panel/SubmissionStopped';
import type { EnforcementModel } from '@/components/panel/use-enforcement';
import { evaluate } from '@/utils/checklist';
import type { ResumeResponse } from '@/utils/messaging/enforcement-messages';
import { useEnglishMessages } from './support/messages';

const NOW = new Date('2026-06-01T12:00:00');

// Rules translate their messages, so the evaluations run once the catalogue is set.
const blocking = () =>
  evaluate({
    values: { date_of_birth: '2011-03-04', alert_reason: 'Left the centre' },
    fieldStatuses: {
      surname: 'missing',
      date_of_birth: 'present',
      alert_reason: 'present',
      facial_image: 'missing',
    },
    now: NOW,
  });

const passing = () =>
  evaluate({
    values: { surname: 'Rahimzada', alert_reason: 'Left the centre' },
    fieldStatuses: { surname: 'present', alert_reason: 'present' },
    now: NOW,
  });

function model(response: ResumeResponse = { resumed: true }) {
  const resume = vi.fn(async (_reason: string) => response);
  const dismiss = vi.fn();
  const enforcement: EnforcementModel = {
    mode: 'enforce',
    stopped: { frameId: 0, id: 'a-1' },
    resume,
    dismiss,
  };
  return { enforcement, resume, dismiss };
}

beforeEach(() => useEnglishMessages());
afterEach(() => cleanup());

describe('stopped submission', () => {
  it('lists the blocking items by name', () => {
    render(<SubmissionStopped enforcement={model().enforcement} evaluation={blocking()} />);
    const items = screen.getAllByRole('listitem').map((item) => item.dataset.item);
    expect(items).toEqual(['field:surname', 'rule:photo_present']);
    expect(screen.getByText('Surname')).toBeTruthy();
  });

  it('requires a reason while items block', () => {
    const { enforcement, resume } = model();
    render(<SubmissionStopped enforcement={enforcement} evaluation={blocking()} />);
    fireEvent.click(screen.getByTestId('override-confirm'));
    expect(screen.getByRole('alert').textContent).toContain('Write a reason');
    expect(resume).not.toHaveBeenCalled();
  });

  it('resumes with the reason', async () => {
    const { enforcement, resume } = model();
    render(<SubmissionStopped enforcement={enforcement} evaluation={blocking()} />);
    const reason = screen.getByTestId('override-reason');
    fireEvent.input(reason, { target: { value: 'Centre closed tonight' } });
    fireEvent.click(screen.getByTestId('override-confirm'));
    await waitFor(() => expect(resume).toHaveBeenCalledWith('Centre closed tonight'));
  });

  it('says when the page changed', async () => {
    const { enforcement } = model({ resumed: false, reason: 'not-pending' });
    render(<SubmissionStopped enforcement={enforcement} evaluation={blocking()} />);
    fireEvent.input(screen.getByTestId('override-reason'), { target: { value: 'Reason' } });
    fireEvent.click(screen.getByTestId('override-confirm'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('the page changed');
  });

  it('submits without a reason once nothing blocks', async () => {
    const { enforcement, resume } = model();
    render(<SubmissionStopped enforcement={enforcement} evaluation={passing()} />);
    expect(screen.queryByTestId('override-reason')).toBeNull();
    fireEvent.click(screen.getByTestId('override-confirm'));
    await waitFor(() => expect(resume).toHaveBeenCalledWith(''));
  });

  it('goes back to the form', () => {
    const { enforcement, dismiss } = model();
    render(<SubmissionStopped enforcement={enforcement} evaluation={blocking()} />);
    fireEvent.click(screen.getByTestId('override-cancel'));
    expect(dismiss).toHaveBeenCalledTimes(1);
  });
});

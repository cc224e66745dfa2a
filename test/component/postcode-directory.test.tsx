import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aPostcodeDirectory, anAccount, openBranch } from '@test/fixtures/builders';
import { aBoroughOfPostcodes, liteCsv } from '@test/fixtures/postcode-directory';
import type { TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

const csvFile = (text: string, name = 'ONSPD_LEWISHAM.csv') => new File([text], name, { type: 'text/csv' });

describe('the postcode directory page', () => {
  it('checks the file, asks before replacing what is loaded, then shows the new count', async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    await aPostcodeDirectory(tb, aBoroughOfPostcodes(3));
    const { user } = renderApp(tb, '/people/postcodes');
    await signInAs(user, screen, 'manager');
    expect(await screen.findByText('3 postcodes loaded on Mon 23 Nov 2026')).toBeInTheDocument();

    await user.upload(
      screen.getByLabelText('ONS Postcode Directory file (CSV)'),
      csvFile(liteCsv(aBoroughOfPostcodes(5))),
    );
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const check = await screen.findByRole('region', { name: 'Check before replacing the directory' });
    expect(within(check).getByText('ONSPD_LEWISHAM.csv')).toBeInTheDocument();

    await user.click(within(check).getByRole('button', { name: 'Replace the directory' }));
    const ask = screen.getByRole('alertdialog');
    expect(ask).toHaveTextContent('Replace the 3 postcodes loaded on Mon 23 Nov 2026 with 5 from this file?');
    const manager = await tb.signedIn('manager');
    expect((await manager.ok('postcodes.directory', {})).postcodes).toBe(3);

    await user.click(within(ask).getByRole('button', { name: 'Yes, replace the directory' }));
    expect(await screen.findByText('The postcode directory was replaced.')).toBeInTheDocument();
    expect(await screen.findByText('5 postcodes loaded on Mon 23 Nov 2026')).toBeInTheDocument();
    expect((await manager.ok('postcodes.directory', {})).postcodes).toBe(5);
  });

  it('lists a wrong-shaped file in the error summary at the file field, and changes nothing', async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    const { user } = renderApp(tb, '/people/postcodes');
    await signInAs(user, screen, 'manager');
    expect(await screen.findByText('No postcodes are loaded yet')).toBeInTheDocument();

    const field = screen.getByLabelText('ONS Postcode Directory file (CSV)');
    await user.upload(field, csvFile('postcode,latitude,longitude\nSE6 4RU,51.44,-0.02\n', 'addresses.csv'));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('This is not an ONS Postcode Directory file: nothing was imported');
    expect(within(summary).getByRole('link', { name: /no postcode column \(pcds or pcd\)/ })).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Check before replacing the directory')).not.toBeInTheDocument();
    const manager = await tb.signedIn('manager');
    expect((await manager.ok('postcodes.directory', {})).importedAt).toBeNull();
  });
});
